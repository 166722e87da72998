"""The shipped speaker ranker: weights match the features, and it prefers what the text shows."""
import json

import numpy as np

from ficlens.quotes import ranker


def test_shipped_weights_cover_every_feature():
    data = json.load(open(ranker.MODEL_PATH))
    assert set(data["weights"]) == set(ranker.FEATURES)
    assert data["cv"]["ranker_acc"] > 0 and "works" in data
    w = ranker.load()
    assert w.shape == (len(ranker.FEATURES),)


def _row(**on):
    x = np.zeros(len(ranker.BASE))
    for k, v in on.items():
        x[ranker.INDEX[k]] = v
    return x


def test_ranker_avoids_the_vocative_and_follows_the_tag_gender():
    w = ranker.load()
    # candidate 0 is addressed by name inside the quote; candidate 1 spoke two turns back
    X = ranker.derive(np.stack([_row(voc_here=1, last2=0, rr_inv=1.0, rr0=1),
                                _row(last2=1, rr_inv=0.5, rr1=1)]))
    assert ranker.pick(w, ["a", "b"], X)[0] == "b"
    # a "she said" tag: the female candidate wins over a more recent male one
    X = ranker.derive(np.stack([_row(g_mismatch=1, rr0=1, rr_inv=1.0),
                                _row(g_match=1, rr1=1, rr_inv=0.5)]))
    assert ranker.pick(w, ["he", "she"], X)[0] == "she"
