#!/usr/bin/env bash
# LocalStack ready hook: create the platform's tables, streams and buckets from the exported resource
# catalogue (localstack/docker/catalogue.json, generated from shared-model by ./platform catalogue).
# Not exercised by CI here (no Docker engine); the embedded local cloud runs the same catalogue in Java.
set -euo pipefail
CATALOGUE=/etc/localstack/catalogue.json
PREFIX="${RESOURCE_PREFIX:-}"

python3 - "$CATALOGUE" "$PREFIX" <<'PY' | while read -r kind args; do
import json, sys
catalogue, prefix = json.load(open(sys.argv[1])), sys.argv[2]
for t in catalogue["tables"]:
    keys = [t["partitionKey"]] + ([t["sortKey"]] if "sortKey" in t else [])
    attrs = {k["name"]: k["type"] for k in keys}
    gsis = []
    for i in t["globalIndexes"]:
        ik = [i["partitionKey"]] + ([i["sortKey"]] if "sortKey" in i else [])
        attrs.update({k["name"]: k["type"] for k in ik})
        gsis.append({"IndexName": i["name"], "Projection": {"ProjectionType": "ALL"},
                     "KeySchema": [{"AttributeName": k["name"], "KeyType": kt} for k, kt in zip(ik, ["HASH", "RANGE"])]})
    spec = {"TableName": prefix + t["name"], "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [{"AttributeName": n, "AttributeType": ty} for n, ty in attrs.items()],
            "KeySchema": [{"AttributeName": k["name"], "KeyType": kt} for k, kt in zip(keys, ["HASH", "RANGE"])]}
    if gsis:
        spec["GlobalSecondaryIndexes"] = gsis
    print("table", json.dumps(spec, separators=(",", ":")))
for s in catalogue["streams"]:
    print("stream", prefix + s["name"], s["shardCount"])
for b in catalogue["buckets"]:
    print("bucket", prefix + b["name"], str(b["objectLock"]).lower())
PY
  case "$kind" in
    table)  awslocal dynamodb create-table --cli-input-json "$args" >/dev/null || true ;;
    stream) set -- $args; awslocal kinesis create-stream --stream-name "$1" --shard-count "$2" || true ;;
    bucket) set -- $args
            if [ "$2" = "true" ]; then awslocal s3api create-bucket --bucket "$1" --object-lock-enabled-for-bucket || true
            else awslocal s3api create-bucket --bucket "$1" || true; fi
            awslocal s3api put-bucket-versioning --bucket "$1" --versioning-configuration Status=Enabled || true ;;
  esac
done
echo "usdt-platform: catalogue resources created"
