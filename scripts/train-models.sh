#!/usr/bin/env bash
# Trains the shipped morphosyntax models (models/en.dyadmodel, models/nl.dyadmodel)
# from the UD treebanks in ../shared/ud (CC BY-SA; never copied into the repo).
# Usage: scripts/train-models.sh [build-dir]   (about 10 minutes for English, 5 for Dutch, on one core)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
UD=${UD:-../shared/ud}
mkdir -p models

# English: EWT train + GUM news train, best epoch chosen on EWT dev. EWT test is for reporting only.
"$BUILD/dyad" train --lang en \
  --train "$UD/en_ewt/en_ewt-ud-train.conllu,$UD/en_gum_news/en_gum_news-train.conllu" \
  --dev "$UD/en_ewt/en_ewt-ud-dev.conllu" \
  --epochs 25 --seed 1 --jackknife 5 --beam 4 --out models/en.dyadmodel

# Dutch: LassySmall dev+test and Alpino dev; every 10th sentence is held out for
# tuning. Alpino test is never trained or tuned on.
"$BUILD/dyad" train --lang nl \
  --train "$UD/nl_lassysmall/nl_lassysmall-ud-dev.conllu,$UD/nl_lassysmall/nl_lassysmall-ud-test.conllu,$UD/nl_alpino/nl_alpino-ud-dev.conllu" \
  --dev-every 10 \
  --epochs 25 --seed 1 --jackknife 5 --beam 4 --out models/nl.dyadmodel

# Scores on the held-out test sets (gold tokenization, then raw text through
# the front end's segmentation; CoNLL 2018 definitions).
"$BUILD/dyad" eval-ud "$UD/en_ewt/en_ewt-ud-test.conllu" --lang en --model models/en.dyadmodel
"$BUILD/dyad" eval-ud "$UD/nl_alpino/nl_alpino-ud-test.conllu" --lang nl --model models/nl.dyadmodel
"$BUILD/dyad" eval-ud --raw "$UD/en_ewt/en_ewt-ud-test.conllu" --lang en --model models/en.dyadmodel
