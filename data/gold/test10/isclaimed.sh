#!/bin/sh
# Prints only "yes" or "no": is URL (or its last path element) already in claimed_urls.txt or the VOA corpus?
url="$1"; last=$(printf '%s' "$url" | sed 's:/*$::; s:.*/::')
if grep -qiF -- "$url" /work/wt/claimed_urls.txt 2>/dev/null || grep -rqiF -- "$last" /work/wt/shared/corpora/voa/ 2>/dev/null || grep -qiF -- "$last" /work/wt/claimed_urls.txt; then echo yes; else echo no; fi
