"""A learned speaker ranker for paragraphs without an explicit tag.

Candidates are the characters around the paragraph (the rules' pick, the last speakers, the
named listener, names in the narration nearby, recent characters); each gets a few
features, and a conditional logit (softmax over the paragraph's candidates) picks one.
Weights are plain JSON (``ficlens/models/quotes_ranker.json``) trained by
``tools/train_quotes.py`` on PDNC dev with cross-validation by novel; inference is numpy.
"""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from typing import Optional

import numpy as np

METHODS = ("explicit", "nominal", "anaphoric", "narrator", "beat", "turn", "vocative", "recent")
FEATURES = (
    [f"rule_{m}" for m in METHODS]
    + ["turn_pick", "last1", "last2", "last3", "prev_addr", "prev_addr_strong", "voc_here",
       "voc_prev", "named_in_quote", "narr_before", "narr_after", "narr_first", "prev_para",
       "prev_para_last", "rr0", "rr1", "rr2", "rr_inv", "g_match", "g_mismatch", "g_unknown",
       "freq", "narrator", "group_prev", "rule_conf", "last1_strong_alt"]
)
BASE = list(FEATURES)
INDEX = {f: i for i, f in enumerate(BASE)}
# products and within-paragraph ranks the linear model cannot form on its own
DERIVED = ["alt2", "gm_notlast", "gm_narr", "gm_rr", "gm_prev_para", "voc_prev_notlast",
           "prev_addr_notlast", "g_unique", "gm_freq", "turn_notvoc", "top_freq", "gm_top_freq",
           "narr_before_notlast", "rr0_notlast", "gm_rr_top", "explicit_conf"]
FEATURES = BASE + DERIVED
MODEL_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "models", "quotes_ranker.json")


@lru_cache(maxsize=2)
def load(path: str = MODEL_PATH) -> Optional[np.ndarray]:
    """The weight vector in FEATURES order, or None when no model ships."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    w = data["weights"]
    return np.array([float(w.get(name, 0.0)) for name in FEATURES])


def candidates(att, ba, state, vocs, rule, turn, group_prev) -> tuple[list[str], np.ndarray]:
    """(candidate ids, feature matrix) for one paragraph."""
    b = ba.b
    doc = att.doc
    sp = state.speakers
    last = [sp[-k] if len(sp) >= k else None for k in (1, 2, 3)]
    prev_addr = state.addressees[-1] if state.addressees else None
    prev_strong = bool(state.strong and state.strong[-1])
    voc_prev = set(state.vocs[-1]) if getattr(state, "vocs", None) else set()
    first_q = ba.qs[0].vstart
    narr_before, narr_after, in_quote = [], [], set()
    for m in att.mentions_in(b.vstart, b.vend):
        if m[4]:
            in_quote.add(m[2])
        elif m[0] < first_q:
            narr_before.append(m[2])
        else:
            narr_after.append(m[2])
    prev_para: list[str] = []
    if b.index > 0:
        pb = doc.blocks[b.index - 1]
        if pb.kind == "text" and pb.index not in att.quote_blocks:
            prev_para = [m[2] for m in att.mentions_in(pb.vstart, pb.vend) if not m[4]]
    recent = [cid for cid, _ in att.recent.top(8)]
    narrator = att.narrator(b) if att.first_person(b) else None

    order: list[str] = []
    for c in ([rule.speaker if rule else None, turn.speaker if turn else None, group_prev]
              + last + [prev_addr] + narr_before + narr_after + prev_para + list(vocs)
              + recent[:6] + [narrator]):
        if c and c not in order:
            order.append(c)
    order = order[:14]
    X = np.zeros((len(order), len(BASE)))
    maxf = max(att.freq.values(), default=1) or 1
    for i, c in enumerate(order):
        row = X[i]
        if rule and rule.speaker == c and f"rule_{rule.method}" in INDEX:
            row[INDEX[f"rule_{rule.method}"]] = 1
            row[INDEX["rule_conf"]] = rule.confidence
        if turn and turn.speaker == c:
            row[INDEX["turn_pick"]] = 1
        for k, name in enumerate(("last1", "last2", "last3")):
            if last[k] == c:
                row[INDEX[name]] = 1
        if prev_addr == c:
            row[INDEX["prev_addr"]] = 1
            row[INDEX["prev_addr_strong"]] = 1 if prev_strong else 0
        if c in vocs:
            row[INDEX["voc_here"]] = 1
        if c in voc_prev:
            row[INDEX["voc_prev"]] = 1
        if c in in_quote and c not in vocs:
            row[INDEX["named_in_quote"]] = 1
        if c in narr_before:
            row[INDEX["narr_before"]] = 1
        if c in narr_after:
            row[INDEX["narr_after"]] = 1
        if (narr_before or narr_after) and (narr_before + narr_after)[0] == c:
            row[INDEX["narr_first"]] = 1
        if c in prev_para:
            row[INDEX["prev_para"]] = 1
            if prev_para[-1] == c:
                row[INDEX["prev_para_last"]] = 1
        if c in recent:
            r = recent.index(c)
            if r < 3:
                row[INDEX[f"rr{r}"]] = 1
            row[INDEX["rr_inv"]] = 1.0 / (1 + r)
        g = att.gender.get(c)
        if ba.tag_gender:
            if g == ba.tag_gender:
                row[INDEX["g_match"]] = 1
            elif g is None:
                row[INDEX["g_unknown"]] = 1
            else:
                row[INDEX["g_mismatch"]] = 1
        row[INDEX["freq"]] = math.log1p(att.freq.get(c, 0)) / math.log1p(maxf)
        if narrator == c:
            row[INDEX["narrator"]] = 1
        if group_prev == c:
            row[INDEX["group_prev"]] = 1
        if last[0] == c and last[1] and last[1] != c:
            row[INDEX["last1_strong_alt"]] = 1
    return order, derive(X)


def derive(X: np.ndarray) -> np.ndarray:
    """Base features (BASE order) of one paragraph's candidates -> all FEATURES."""
    c = {f: X[:, i] for i, f in enumerate(BASE)}
    nl = 1 - c["last1"]
    gm = c["g_match"]
    top = (c["freq"] >= c["freq"].max()).astype(float) if len(X) else c["freq"]
    gm_rr = gm * c["rr_inv"]
    gm_rr_top = ((gm_rr >= gm_rr.max()) & (gm_rr > 0)).astype(float) if len(X) else gm_rr
    gmf = gm * c["freq"]
    cols = [
        c["last2"] * nl, gm * nl, gm * c["narr_before"], gm_rr, gm * c["prev_para"],
        c["voc_prev"] * nl, c["prev_addr"] * nl,
        gm * float(gm.sum() == 1), gmf, c["turn_pick"] * (1 - c["voc_here"]), top,
        ((gmf >= gmf.max()) & (gmf > 0)).astype(float) if len(X) else gmf,
        c["narr_before"] * nl, c["rr0"] * nl, gm_rr_top,
        c["rule_explicit"] * c["rule_conf"],
    ]
    return np.hstack([X, np.stack(cols, axis=1)]) if len(X) else np.zeros((0, len(FEATURES)))


def pick(weights: np.ndarray, order: list[str], X: np.ndarray) -> tuple[Optional[str], float]:
    if not order:
        return None, 0.0
    s = X @ weights
    s = s - s.max()
    p = np.exp(s)
    p /= p.sum()
    i = int(np.argmax(p))
    return order[i], float(p[i])
