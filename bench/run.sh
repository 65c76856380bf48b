#!/usr/bin/env bash
# The portal's benchmark: builds Release, generates (or reuses) data sets, starts the portal on SQLite on a
# loopback port, signs in as the demo users and drives each page with wrk (16 connections), next to a
# "ceiling" page of the same app. Prints one table and writes JSON to bench/results/.
#   bench/run.sh                       # sizes 10000 100000 1000000, 20 s a page
#   SIZES="10000" DURATION=5 bench/run.sh
#   ONLY="search" SIZES=1000000 bench/run.sh   # only the pages whose name contains "search" (and the ceiling)
# Each page: a fresh sign-in, one first view (timed: it fills the page's caches), a fresh sign-in, a WARMUP-second run that is not counted (default 15: the JIT settles its optimised code under load), then DURATION seconds measured.
# Pages marked "after a save" send X-Bench-After-Save on every request: each is the first view after a save, so
# nothing the portal caches until the next save is used (lists, counts, names). They measure what one person waits
# for after someone saved: one connection, one view after another (a share of the ceiling means nothing there).
# The "sql" column is the number of commands of one view after a save (cached views run fewer or none), asked
# right after the first view, while nothing else runs.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000 1000000"}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-5099}
DEMO_KEY=DEMOANTITRAFIKNRMALBANIAKEYDEMO7 # DemoSeeder.AuthenticatorKey
DATA=bench/data
mkdir -p "$DATA" bench/results
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } || { echo "Install wrk (apt-get install wrk)." >&2; exit 1; }

dotnet build src/AntiTrafik.Web -c Release --nologo -v quiet >/dev/null
APP=src/AntiTrafik.Web/bin/Release/net10.0/AntiTrafik.Web.dll

portal_args() { # size
  echo --environment Development --contentRoot $PWD/$(dirname "$APP") --ConnectionStrings:Sqlite=DataSource=$PWD/$DATA/cases-$1.db \
    --DataProtection:KeysPath=$PWD/$DATA/keys-$1 --Logging:FilePath=$PWD/$DATA/logs/$1-.json \
    --Demo:History=false --Referrals:RunOverdueCheck=false --Email:PickupFolder=$PWD/$DATA/mail --RateLimits:SignInPerMinute=100000
}

sign_in() { # email jar — answers the second step with the demo authenticator key when the account asks for it
  local page token location code
  page=$(curl -s -c "$2" -b "$2" "http://127.0.0.1:$PORT/Account/Login")
  token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$2" -b "$2" --data-urlencode "Email=$1" --data-urlencode "Password=Demo!2026-NRM" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$PORT/Account/Login")
  if [[ "$location" == *"/Account/TwoFactor"* ]]; then
    page=$(curl -s -c "$2" -b "$2" "$location")
    token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
    code=$(python3 -c 'import base64,hmac,struct,time,sys;k=base64.b32decode(sys.argv[1]);h=hmac.new(k,struct.pack(">Q",int(time.time())//30),"sha1").digest();o=h[-1]&15;print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$DEMO_KEY")
    curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "Code=$code" --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$PORT/Account/TwoFactor"
  fi
}

cookie_header() { # jar
  awk '!/^#/ && NF>=7 {printf "%s=%s; ", $6, $7} /^#HttpOnly_/ {printf "%s=%s; ", $6, $7}' "$1"
}

printf "%-9s %-34s %9s %8s %8s %8s %6s %6s %7s %9s\n" cases page "req/s" "p50 ms" "p95 ms" "p99 ms" errors sql "ceil %" "first ms"
for size in $SIZES; do
  if [ ! -f "$DATA/cases-$size.db" ]; then
    echo "Generating $size cases..." >&2
    # shellcheck disable=SC2046
    dotnet "$APP" $(portal_args "$size") --Generate:Cases="$size" >&2
  fi
  # shellcheck disable=SC2046
  dotnet "$APP" $(portal_args "$size") --urls "http://127.0.0.1:$PORT" --Bench:Enabled=true >"$DATA/portal-$size.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 1; done

  declare -A jar=()
  for who in koordinator policia.tirane strehez.tdb; do
    jar[$who]="$DATA/cookies-$who.txt"; rm -f "${jar[$who]}"
    sign_in "$who@antitrafik.demo" "${jar[$who]}"
  done
  case_id=$(sqlite3 "$DATA/cases-$size.db" "select Id from Cases where LeadAgencyId=(select Id from Agencies where Code='DVP-TIRANE') order by Id desc limit 1" 2>/dev/null \
    || python3 -c "import sqlite3;print(sqlite3.connect('$DATA/cases-$size.db').execute(\"select Id from Cases where LeadAgencyId=(select Id from Agencies where Code='DVP-TIRANE') order by Id desc limit 1\").fetchone()[0])")
  # A full name as a tired caseworker types it: unaccented, one letter doubled (the generated surnames are syllables:
  # about 40 people share each, and a fifth of all share the first name), and a first name alone (50 000 at a million).
  search_name="drite kodrrani"
  county=$(python3 -c "import sqlite3;print(sqlite3.connect('$DATA/cases-$size.db').execute(\"select Id from Counties where Name='Tiranë'\").fetchone()[0])")

  pages=(
    "ceiling|koordinator|/bench/ceiling"
    "coordinator case list|koordinator|/Cases?State=All"
    "coordinator list, county+status|koordinator|/Cases?State=All&CountyId=$county&Status=PotentialVictim"
    "caseworker case list|policia.tirane|/Cases?State=All"
    "case detail|policia.tirane|/Cases/$case_id"
    "referral inbox|strehez.tdb|/Referrals"
    "statistics dashboard|koordinator|/Statistics"
    "meetings list|koordinator|/Meetings"
    "coordinator case list, after a save|koordinator|/Cases?State=All|after-save"
    "caseworker case list, after a save|policia.tirane|/Cases?State=All|after-save"
    "case detail, after a save|policia.tirane|/Cases/$case_id|after-save"
    "referral inbox, after a save|strehez.tdb|/Referrals|after-save"
    "caseworker search, full name|policia.tirane|/Cases?State=All&Q=${search_name// /+}"
    "coordinator search, full name|koordinator|/Cases?State=All&Q=${search_name// /+}"
    "coordinator search, first name|koordinator|/Cases?State=All&Q=Drita"
    "caseworker search, after a save|policia.tirane|/Cases?State=All&Q=${search_name// /+}|after-save"
    "coordinator search, after a save|koordinator|/Cases?State=All&Q=${search_name// /+}|after-save"
    "coordinator first-name search, after a save|koordinator|/Cases?State=All&Q=Drita|after-save"
  )
  ceiling=0
  results="["
  for entry in "${pages[@]}"; do
    IFS='|' read -r name who path mode <<<"$entry"
    if [ -n "${ONLY:-}" ] && [ "$name" != ceiling ] && [[ "$name" != *"$ONLY"* ]]; then continue; fi
    load=(-t2 -c"$CONNECTIONS"); after_save=()
    if [ "${mode:-}" = after-save ]; then load=(-t1 -c1 --timeout 120s); after_save=(-H "X-Bench-After-Save: 1"); fi
    # A fresh sign-in per page: wrk replays one cookie and never stores the renewed one a browser would, so after
    # a minute every request would re-check the security stamp; then a warm-up run that is not counted.
    # The first view fills the page's caches (the dashboard's counts take a while on a large set): timed on its own
    # and reported, then a fresh sign-in so the measured run starts well within the cookie's first minute.
    rm -f "${jar[$who]}"; sign_in "$who@antitrafik.demo" "${jar[$who]}"
    first=$(curl -sf -o /dev/null --max-time 900 -w '%{time_total}' -H "Cookie: $(cookie_header "${jar[$who]}")" "http://127.0.0.1:$PORT$path") \
      || { echo "The first view of $path failed." >&2; first=-1; }
    first_ms=$(python3 -c "print(round(1000*$first))")
    sql=$(curl -s --max-time 900 -o /dev/null -D - -H "Cookie: $(cookie_header "${jar[$who]}")" -H "X-Bench-After-Save: 1" "http://127.0.0.1:$PORT$path" \
      | tr -d '\r' | sed -n 's/^X-Sql-Commands: //Ip')
    rm -f "${jar[$who]}"; sign_in "$who@antitrafik.demo" "${jar[$who]}"
    cookie=$(cookie_header "${jar[$who]}")
    wrk "${load[@]}" -d"${WARMUP:-15}s" -H "Cookie: $cookie" "${after_save[@]}" "http://127.0.0.1:$PORT$path" >/dev/null
    json=$(wrk "${load[@]}" -d"${DURATION}s" -s bench/report.lua -H "Cookie: $cookie" "${after_save[@]}" "http://127.0.0.1:$PORT$path" | tail -1)
    rps=$(python3 -c "import json,sys;print(json.loads(sys.argv[1])['rps'])" "$json")
    [ "$name" = ceiling ] && ceiling=$rps
    ratio=null; [ -z "${mode:-}" ] && ratio=$(python3 -c "print(round(100*$rps/max($ceiling,1),1))")
    python3 - "$size" "$name" "$json" "${sql:-?}" "$ratio" "$first_ms" <<'PY'
import json, sys
size, name, data, sql, ratio, first = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
ratio = "-" if ratio == "null" else ratio
print(f"{size:<9} {name:<34} {data['rps']:>9.1f} {data['p50']:>8.2f} {data['p95']:>8.2f} {data['p99']:>8.2f} {data['errors']:>6} {sql:>6} {ratio:>7} {first:>9}")
PY
    results+="{\"cases\":$size,\"page\":\"$name\",\"path\":\"$path\",\"connections\":${load[1]#-c},\"sql\":\"${sql:-?}\",\"ceilingPercent\":$ratio,\"firstViewMs\":$first_ms,\"wrk\":$json},"
  done
  memory=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  echo "$size cases: peak memory of the portal $((memory / 1024)) MB"
  results="${results%,}]"
  echo "{\"machine\":\"$(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB\",\"date\":\"$(date -u +%FT%TZ)\",\"cases\":$size,\"connections\":$CONNECTIONS,\"seconds\":$DURATION,\"peakMemoryMb\":$((memory / 1024)),\"pages\":$results}" \
    >"bench/results/$(date -u +%Y%m%d-%H%M%S)-$size.json"
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
done
