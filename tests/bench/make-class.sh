#!/usr/bin/env bash
# Generates a big class for the browse bench straight into the test database, in seconds rather than the
# hours a million REST creates would take:
#   1. the class and its fields are created through Parse's own /schemas (master key), so Parse knows them
#      and made the table with its usual columns;
#   2. the rows are written by one INSERT ... SELECT FROM generate_series into that table with psql: ids of
#      10 characters, createdAt shared by 100 rows at a time (as a batch create leaves them, so cursor paging
#      meets ties), public read ACL, every field of BenchFixture's objects (String, Number, Boolean, Date,
#      Pointer, Array, Object);
#   3. an index on (createdAt, objectId), the order the object table pages in, and ANALYZE.
# With --wide (issue #23) the class has 200 fields instead, named by type and position: str0, num1, date2,
# ptr3, arr4, obj5, str6, ... (String, Number, Date, Pointer to _User, Array, Object in turn); num1 is the
# row's number modulo 1000 (the bench filters on it), ids start with w instead of b.
# Usage: make-class.sh --state DIR [--rows N] [--class NAME] [--wide]
#   DIR is a tests/server/server.sh state directory (its env file gives the server, keys and DATABASE_URI).
# Idempotent: a class that already has N rows is left alone.
set -euo pipefail
STATE=''; ROWS=1000000; CLASS=BenchMillion; WIDE=0
while [ $# -gt 0 ]; do
  case $1 in
    --state) STATE=${2:?}; shift 2 ;;
    --rows) ROWS=${2:?}; shift 2 ;;
    --class) CLASS=${2:?}; shift 2 ;;
    --wide) WIDE=1; shift ;;
    *) echo "make-class.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$STATE/env" ] || { echo "make-class.sh: --state DIR of a running tests/server/server.sh needed" >&2; exit 2; }
case $ROWS in *[!0-9]*|'') echo "make-class.sh: --rows takes a number" >&2; exit 2 ;; esac
case $CLASS in *[!A-Za-z0-9_]*|'') echo "make-class.sh: --class takes letters, digits and _" >&2; exit 2 ;; esac
# shellcheck disable=SC1091
. <(sed -n 's/^\(PARSE_[A-Z_]*\|DATABASE_URI\)=/export \1=/p' "$STATE/env")
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$DATABASE_URI")
t0=$(date +%s%N)

have=-1
if [ -n "$("${psql[@]}" -tAc "SELECT to_regclass('\"$CLASS\"')")" ]; then
  have=$("${psql[@]}" -tAc "SELECT count(*) FROM \"$CLASS\"")
fi
if [ "$have" = "$ROWS" ]; then
  echo "make-class.sh: $CLASS already has $ROWS rows" >&2
  exit 0
fi
if [ $WIDE -eq 1 ]; then
  types=(String Number Date Pointer Array Object)
  names=(str num date ptr arr obj)
  fields=''; columns=''; values=''
  for ((k = 0; k < 200; k++)); do
    t=$((k % 6)); name=${names[$t]}$k
    extra=''; [ "${types[$t]}" = Pointer ] && extra=',"targetClass":"_User"'
    fields+="${fields:+,}\"$name\":{\"type\":\"${types[$t]}\"$extra}"
    columns+=", \"$name\""
    case $t in
      0) values+=", (ARRAY['Zürich', 'naïve', '日本語', 'plain', 'emoji 😀'])[1 + (i + $k) % 5] || ' ' || i" ;;
      1) if [ $k -eq 1 ]; then values+=", i % 1000"; else values+=", (i * 7919 + $k) % 100000 / 10.0"; fi ;;
      2) values+=", timestamptz '2025-01-01 00:00:00+00' + (i + $k) * interval '1 minute'" ;;
      3) values+=", 'a' || lpad(((i + $k) % 1000)::text, 9, '0')" ;;
      4) values+=", jsonb_build_array('t' || (i + $k) % 5, (i + $k) % 7)" ;;
      5) values+=", jsonb_build_object('level', (i + $k) % 10, 'tag', 'k$k')" ;;
    esac
  done
  if [ "$have" = "-1" ]; then
    curl -sf -X POST "$PARSE_SERVER_URL/schemas/$CLASS" \
      -H "X-Parse-Application-Id: $PARSE_APP_ID" -H "X-Parse-Master-Key: $PARSE_MASTER_KEY" \
      -H 'Content-Type: application/json' --data "{\"className\":\"$CLASS\",\"fields\":{$fields}}" >/dev/null
  fi
  # A row is about 3.6 kB: kept whole in its page rather than compressed into TOAST, which took 2/3 of the
  # time. Parse never sets storage parameters, so this changes nothing it sees.
  "${psql[@]}" -c "TRUNCATE \"$CLASS\"" -c "ALTER TABLE \"$CLASS\" SET (toast_tuple_target = 8160)"
  # Building the values is the rest: one INSERT per core, each a share of the rows.
  parts=$(nproc); pids=()
  for ((p = 0; p < parts; p++)); do
    "${psql[@]}" <<SQL &
INSERT INTO "$CLASS" ("objectId", "createdAt", "updatedAt", "_rperm", "_wperm"$columns)
SELECT 'w' || lpad(to_hex(i), 9, '0'),
       timestamptz '2025-01-01 00:00:00+00' + (i / 100) * interval '1 second',
       timestamptz '2025-01-01 00:00:00+00' + (i / 100) * interval '1 second',
       '{*}', '{}'$values
FROM generate_series($((ROWS * p / parts + 1))::bigint, $((ROWS * (p + 1) / parts))) AS i;
SQL
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
else
  if [ "$have" = "-1" ]; then
    curl -sf -X POST "$PARSE_SERVER_URL/schemas/$CLASS" \
      -H "X-Parse-Application-Id: $PARSE_APP_ID" -H "X-Parse-Master-Key: $PARSE_MASTER_KEY" \
      -H 'Content-Type: application/json' --data @- >/dev/null <<JSON
  {"className":"$CLASS","fields":{
    "name":{"type":"String"},"score":{"type":"Number"},"price":{"type":"Number"},"big":{"type":"Number"},
    "active":{"type":"Boolean"},"when":{"type":"Date"},"owner":{"type":"Pointer","targetClass":"_User"},
    "tags":{"type":"Array"},"meta":{"type":"Object"}}}
JSON
  fi
  "${psql[@]}" <<SQL
  TRUNCATE "$CLASS";
  INSERT INTO "$CLASS" ("objectId", "createdAt", "updatedAt", "_rperm", "_wperm",
                        name, score, price, big, active, "when", owner, tags, meta)
  SELECT 'b' || lpad(to_hex(i), 9, '0'),
         timestamptz '2025-01-01 00:00:00+00' + (i / 100) * interval '1 second',
         timestamptz '2025-01-01 00:00:00+00' + (i / 100) * interval '1 second',
         '{*}', '{}',
         (ARRAY['Zürich', 'naïve "q"', '日本語', 'plain', 'emoji 😀', E'tab\tx'])[1 + i % 6] || ' ' || i,
         (i * 7919) % 100000, ((i * 104729) % 100000) / 100.0, 9007199254740993 + 2 * i::bigint, i % 3 <> 0,
         timestamptz '2025-01-01 00:00:00+00' + i * interval '1 minute',
         'a' || lpad((i % 1000)::text, 9, '0'),
         jsonb_build_array('t' || i % 5, 't' || i % 7), jsonb_build_object('level', i % 10)
  FROM generate_series(1::bigint, $ROWS) AS i;
SQL
fi
"${psql[@]}" <<SQL
CREATE INDEX IF NOT EXISTS "${CLASS}_created_id" ON "$CLASS" ("createdAt", "objectId");
ANALYZE "$CLASS";
SQL
echo "make-class.sh: $ROWS rows in $CLASS in $((($(date +%s%N) - t0) / 1000000)) ms" >&2
