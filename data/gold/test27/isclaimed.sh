#!/bin/sh
# Prints only "wire", "yes" or "no". "wire": the address $1 is a wire-service story on a VOA page
# (a VOA host -- voanews.com, voaafrica.com, voa.pangea-cms.com, ... -- and a path element starting
# "reu-", "ap-" or "afp-", e.g. voanews.com/content/reu-..., voanews.com/a/ap-...):
# Reuters/AP/AFP copy is not public domain and is never used, whatever the claims say.
# Otherwise: is the address (or its last path element) already claimed
# (/work/wt/claimed_urls.txt) or in the VOA corpus (/work/wt/shared/corpora/voa/)?
url="$1"
if printf '%s\n' "$url" | grep -qiE '^([a-z]+://)?[^/]*voa[^/]*/(.*/)?(reu|ap|afp)-'; then
  echo wire
  exit 0
fi
last=$(printf '%s' "$url" | sed 's#/*$##; s#.*/##; s#\.html*$##')
# A generic last element ("index", "default", …) names no page: match the whole address only.
case "$last" in index|default|home|main|article|page|print) last="" ;; esac
if grep -rqF -- "$url" /work/wt/claimed_urls.txt /work/wt/shared/corpora/voa/ 2>/dev/null \
   || { [ ${#last} -ge 5 ] && grep -rqF -- "$last" /work/wt/claimed_urls.txt /work/wt/shared/corpora/voa/ 2>/dev/null; }; then
  echo yes
else
  echo no
fi
