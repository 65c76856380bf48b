#!/usr/bin/env bash
# Does a wrong password take the same time for a known e-mail as for an unknown one? Starts the portal (Release,
# SQLite, demo accounts) behind a pretend proxy on loopback, so each try can come from an address of its own, and
# times the POST of the sign-in form with curl:
#   checked  - every try from a new address: the password is checked (a known account's hash or the dummy one)
#   slowed   - every try from one address after 3 failures: the wait message, without any password check
# Prints the median and 90th percentile of each, known next to unknown, and writes them to bench/results/.
#   bench/signin-timing.sh            # 200 tries of each kind
#   TRIES=50 bench/signin-timing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
TRIES=${TRIES:-200}
PORT=${PORT:-5098}
DATA=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT
mkdir -p bench/results

dotnet build src/AntiTrafik.Web -c Release --nologo -v quiet >/dev/null
APP=src/AntiTrafik.Web/bin/Release/net10.0/AntiTrafik.Web.dll
dotnet "$APP" --environment Development --contentRoot "$PWD/$(dirname "$APP")" --urls "http://127.0.0.1:$PORT" \
  --ConnectionStrings:Sqlite="Data Source=$DATA/portal.db" --DataProtection:KeysPath="$DATA/keys" \
  --DataProtection:DevelopmentCertificatePath="$DATA/certificate.pfx" --Logging:FilePath="$DATA/logs/portal-.json" \
  --Email:PickupFolder="$DATA/mail" --Referrals:RunOverdueCheck=false --RateLimits:SignInPerMinute=1000000 \
  --ReverseProxy:KnownProxies:0=127.0.0.1 >"$DATA/out.txt" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 1; done

try() { # email address -> seconds of the POST
  local jar="$DATA/jar" page token
  rm -f "$jar"
  page=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/Account/Login")
  token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  curl -s -o /dev/null -w '%{time_total}\n' -c "$jar" -b "$jar" -H "X-Forwarded-For: $2" \
    --data-urlencode "Email=$1" --data-urlencode "Password=Wrong-Password-1" --data-urlencode "__RequestVerificationToken=$token" \
    "http://127.0.0.1:$PORT/Account/Login"
}

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f", v[int((NR + 1) / 2)] * 1000, v[int(NR * 0.9)] * 1000 }'; }

known=policia.tirane@antitrafik.demo
unknown=nobody.$RANDOM@antitrafik.demo
# Warm up (JIT, pools), not counted.
for i in $(seq 1 20); do try "$known" "10.250.0.$i" >/dev/null; try "$unknown" "10.250.1.$i" >/dev/null; done

: >"$DATA/checked-known"; : >"$DATA/checked-unknown"
for i in $(seq 1 "$TRIES"); do # alternating, so a slower moment of the machine hits both alike
  address="10.$((i / 250)).$((i % 250)).7"
  try "$known" "$address" >>"$DATA/checked-known"
  try "$unknown" "$address" >>"$DATA/checked-unknown"
done

for i in 1 2 3; do try "$known" 10.251.0.1 >/dev/null; try "$unknown" 10.251.0.1 >/dev/null; done
: >"$DATA/slowed-known"; : >"$DATA/slowed-unknown"
for i in $(seq 1 "$TRIES"); do
  try "$known" 10.251.0.1 >>"$DATA/slowed-known"
  try "$unknown" 10.251.0.1 >>"$DATA/slowed-unknown"
done

read -r ck90 <<<"$(stats <"$DATA/checked-known")"; read -r cu90 <<<"$(stats <"$DATA/checked-unknown")"
read -r sk90 <<<"$(stats <"$DATA/slowed-known")"; read -r su90 <<<"$(stats <"$DATA/slowed-unknown")"
result=$(printf '%-8s %-22s %-22s\n' "" "known e-mail (ms)" "unknown e-mail (ms)"
  printf '%-8s %-22s %-22s\n' "" "median p90" "median p90"
  printf '%-8s %-22s %-22s\n' checked "$ck90" "$cu90"
  printf '%-8s %-22s %-22s\n' slowed "$sk90" "$su90")
echo "$result"
echo "$result" >"bench/results/$(date -u +%Y%m%d-%H%M%S)-signin-timing.txt"
