#!/usr/bin/env bash
# The linker driver rustc calls on x86_64 Linux (.cargo/config.toml): `cc`
# with one addition. server/build.rs asks release links of the server for
# `-Wl,--symbol-ordering-file=server/link/startup-order.txt`, a list of
# function names without Rust's per-build hash suffixes (`17h<16 hex>E`):
# those hashes change with every dependency change, so a list of exact
# names would go stale. Here the names are matched against the symbols the
# link's objects define and the exact names handed to LLD. Anything else
# passes through unchanged; should the matching fail, the link goes on
# without an order (a slower-to-page binary, never a broken one).
set -uo pipefail

args=()
order=""
for a in "$@"; do
    case "$a" in
        -Wl,--symbol-ordering-file=*) order="${a#-Wl,--symbol-ordering-file=}" ;;
        *) args+=("$a") ;;
    esac
done

if [ -n "$order" ] && [ -r "$order" ]; then
    tmp=$(mktemp "${TMPDIR:-/tmp}/startup-order.XXXXXX")
    trap 'rm -f "$tmp"' EXIT
    objects=()
    for a in "${args[@]}"; do
        case "$a" in
            *.o | *.a | *.rlib) [ -f "$a" ] && objects+=("$a") ;;
        esac
    done
    # Defined text symbols of the inputs, keyed by the name without its hash
    # (the same rule scripts/startup-order.py applies when it writes the list).
    if [ "${#objects[@]}" -gt 0 ] &&
        nm --defined-only "${objects[@]}" 2>/dev/null |
        awk 'NR == FNR { want[$0] = NR; next }
             NF == 3 && $2 ~ /^[tTwW]$/ {
                 k = $3; sub(/17h[0-9a-f]+E$/, "", k)
                 if (k in want && !($3 in seen)) { seen[$3] = 1; hit[k] = 1; print want[k] "\t" $3 }
             }
             # Names found in no object (C functions of a static library
             # named with -l) go to the linker as they are.
             END { for (k in want) if (!(k in hit)) print want[k] "\t" k }' \
            "$order" - | sort -n -s -k1,1 | cut -f2 >"$tmp"; then
        # server/build.rs also passes --no-warn-symbol-ordering (it stays
        # in args): listed C names a link does not define are not errors.
        args+=("-Wl,--symbol-ordering-file=$tmp")
    fi
fi
"${RUSTC_LINKER_CC:-cc}" "${args[@]}"
