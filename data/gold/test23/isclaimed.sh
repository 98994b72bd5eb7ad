#!/bin/sh
# Prints only "yes" or "no": is the address $1 (or its last path element) already claimed
# (/work/wt/claimed_urls.txt) or in the VOA corpus (/work/wt/shared/corpora/voa/)?
url="$1"; last=$(printf '%s' "$url" | sed 's#/*$##; s#.*/##; s#\.html$##')
if grep -rqF -- "$url" /work/wt/claimed_urls.txt /work/wt/shared/corpora/voa/ 2>/dev/null \
   || { [ ${#last} -ge 5 ] && grep -rqF -- "$last" /work/wt/claimed_urls.txt /work/wt/shared/corpora/voa/ 2>/dev/null; }; then
  echo yes
else
  echo no
fi
