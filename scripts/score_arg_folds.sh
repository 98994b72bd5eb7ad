#!/bin/sh
# Score every cross-validation fold with the rules alone and with the learned chooser trained
# without that fold (weights from: python scripts/cv_arg_model.py CASES.pkl OUTDIR).
# Usage, from the repository root: sh scripts/score_arg_folds.sh OUTDIR
set -e
out=${1:?OUTDIR}
for fold in dev dev2 dev3 dev4-9 spotcheck dev10 dev11 blind12-13 dev12 blind14-15 \
    dev13-14 dev15-17 blind16-23 blind24-31 spot5-12 read13; do
  python scripts/fold_gold.py "$fold" > "$out/$fold.jsonl"
  for mode in rules learned; do
    if [ "$mode" = rules ]; then extra="--arguments rules"
    else extra="--argument-weights $out/arg_model_without_$fold.json.gz"; fi
    # shellcheck disable=SC2086
    wirecoder eval events "$out/$fold.jsonl" $extra -f json > "$out/$fold-$mode.json"
    python -c "import json,sys; h=json.load(open(sys.argv[1]))['headline']; print(sys.argv[2], sys.argv[3], *(f'{k} {h[k]}' for k in ('matched','actor_accuracy','recipient_accuracy','dyad_f1','micro_f1')))" "$out/$fold-$mode.json" "$fold" "$mode"
  done
done
