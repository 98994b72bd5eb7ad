#!/bin/sh
# Print yes/no: is the URL (or its last path element) already claimed or in the VOA corpus?
u="$1"; last=$(basename "${u%/}" | sed 's/\.html$//')
if grep -qiF -- "$u" /work/wt/claimed_urls.txt || grep -qF -- "/$last" /work/wt/claimed_urls.txt; then echo "claimed: yes"; else echo "claimed: no"; fi
if grep -rqF -- "$last" /work/wt/shared/corpora/voa/ 2>/dev/null; then echo "voa: yes"; else echo "voa: no"; fi
