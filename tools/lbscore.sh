#!/bin/sh
# micro CoNLL-F1 and friends for a LitBank prediction folder
python3 /work/shared/eval/score.py litbank /work/shared/data/litbank-dev "$1" --json | python3 -c "
import json,sys; m=json.load(sys.stdin)['micro']
print(' '.join(f'{k}={100*m[k]:.1f}' for k in ['conll_f1','muc_f1','b3_f1','ceafe_f1','mention_p','mention_r','pronoun_acc','mention_link_acc','char_recall','char_purity','speaker_acc']))"
