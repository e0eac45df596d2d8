#!/usr/bin/env bash
# fwd.sh DIR PREFIX : score a fresh batch once with today's rules, totals only
D=$1; P=${2:-w}
cd /work/main && extract eval --docs $D --gold $D/$P*.jsonl --backend rules --json /tmp/s52/fwd-$(basename $D).json > /dev/null 2>&1
python /work/r41/tot.py /tmp/s52/fwd-$(basename $D).json "$(basename $D) ($(ls $D/$P*.txt | wc -l) texts, $(git -C /work/main log -1 --format=%h))"
