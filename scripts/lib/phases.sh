# Shared by scripts/test.sh and scripts/test-moved-clocks.sh: run commands as
# timed phases, alone or side by side. Each side-by-side command's output is
# kept in a file and printed whole when it ends (so lines do not interleave);
# the group fails, after all of it has ended, if any command failed.

# phase NAME COMMAND...: run it, print how long it took; a failure stops the script (set -e).
phase() {
  local name=$1 start
  shift
  start=$(date +%s)
  "$@"
  echo "test: ${name} passed in $(($(date +%s) - start)) s"
}

# side_by_side "NAME=COMMAND" ...: the commands at once (each through bash -c).
side_by_side() {
  local start dir spec status=0
  start=$(date +%s)
  dir=$(mktemp -d)
  local -a names=() pids=()
  for spec in "$@"; do
    names+=("${spec%%=*}")
    bash -c "${spec#*=}" >"${dir}/${#names[@]}.log" 2>&1 &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then
      cat "${dir}/$((i + 1)).log"
      echo "test: ${names[$i]} passed ($(($(date +%s) - start)) s since the group began)"
    else
      cat "${dir}/$((i + 1)).log"
      echo "test: ${names[$i]} FAILED"
      status=1
    fi
  done
  rm -rf "${dir}"
  echo "test: ${names[*]} took $(($(date +%s) - start)) s side by side"
  return "${status}"
}
