#!/usr/bin/env bash
# Lint the OpenAPI document against Werkpad's NL API Design Rules ruleset (tools/spectral/adr.spectral.yml)
# with a pinned Spectral (tools/spectral/package-lock.json): any error fails.
#
#   scripts/check-openapi.sh [DOCUMENT]
#
# DOCUMENT defaults to target/openapi.json, which OpenApiDocumentTests writes from what the application
# serves at /api/v1/openapi.json (run the tests first); a URL such as
# http://localhost:8080/api/v1/openapi.json works as well.
set -euo pipefail
cd "$(dirname "$0")/.."

document="${1:-target/openapi.json}"
if [[ "$document" != http* && ! -s "$document" ]]; then
  echo "check-openapi: $document is missing; run the tests first (OpenApiDocumentTests writes it)" >&2
  exit 2
fi
command -v npm >/dev/null 2>&1 || { echo "check-openapi: needs Node.js 18+ with npm" >&2; exit 2; }

export SCARF_ANALYTICS=false DO_NOT_TRACK=1
(cd tools/spectral && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
spectral=tools/spectral/node_modules/.bin/spectral

# the ruleset itself: a fixture that breaks each rule must make each rule fire, or the lint below proves nothing
expected="adr-info-contact adr-no-body-on-get-delete adr-no-file-extensions adr-no-trailing-slash adr-no-version-in-paths \
adr-operation-summary adr-path-segments-kebab-case adr-problem-json adr-semver adr-uri-version adr-version-header \
operation-description operation-tag-defined adr-naming-collections-plural adr-invalid-input-400 \
adr-query-keys-camel-case adr-date-format adr-date-time-zone adr-servers-https adr-schema-names-pascal-case \
adr-standard-methods-only"
fired=$("$spectral" lint --ruleset tools/spectral/adr.spectral.yml -f json --quiet \
  tools/spectral/fixtures/breaks-every-rule.json 2>/dev/null || true)
for rule in $expected; do
  if ! grep -q "\"code\": *\"$rule\"" <<<"$fired"; then
    echo "check-openapi: the ruleset did not report $rule on the fixture that breaks it" >&2
    exit 1
  fi
done

"$spectral" lint --ruleset tools/spectral/adr.spectral.yml --fail-severity error "$document"
