# Finds a Java installation of at least version SOTTO_MIN_JAVA (21). POSIX sh, meant to be sourced
# by ./sotto, ./test and the distribution's bin/sotto.
#
# sotto_find_java [jdk]
#   Looks in JAVA_HOME, then the java on PATH, then the usual install folders (newest first).
#   With "jdk", only installations with javac count (Maven needs a compiler).
#   On success sets SOTTO_JAVA_HOME and SOTTO_JAVA_VERSION (the major version) and returns 0.
#   On failure prints what it looked at and what to do on stderr and returns 1.

SOTTO_MIN_JAVA=21

# Prints the major version of the java at $1/bin/java (8 for 1.8.x), or nothing.
sotto_java_major() {
    _sjm_out=$("$1/bin/java" -version 2>&1) || return 1
    _sjm_version=$(printf '%s\n' "$_sjm_out" | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    case $_sjm_version in
        1.*) _sjm_version=${_sjm_version#1.} ;;
    esac
    _sjm_version=${_sjm_version%%[!0-9]*}
    [ -n "$_sjm_version" ] && printf '%s\n' "$_sjm_version"
}

# Checks one candidate home; on success sets the result variables.
sotto_try_java_home() {
    _stj_home=$1
    _stj_need=$2
    [ -n "$_stj_home" ] && [ -x "$_stj_home/bin/java" ] || return 1
    if [ "$_stj_need" = jdk ] && [ ! -x "$_stj_home/bin/javac" ]; then
        SOTTO_JAVA_REJECTED="$SOTTO_JAVA_REJECTED
  $_stj_home (no javac: a JRE, not a JDK)"
        return 1
    fi
    _stj_major=$(sotto_java_major "$_stj_home") || _stj_major=
    if [ -z "$_stj_major" ] || [ "$_stj_major" -lt "$SOTTO_MIN_JAVA" ]; then
        SOTTO_JAVA_REJECTED="$SOTTO_JAVA_REJECTED
  $_stj_home (Java ${_stj_major:-of unknown version})"
        return 1
    fi
    SOTTO_JAVA_HOME=$_stj_home
    SOTTO_JAVA_VERSION=$_stj_major
    return 0
}

# The home folder of the java found on PATH, following symlinks (/usr/bin/java -> ...).
sotto_java_home_from_path() {
    _sjp_java=$(command -v java 2>/dev/null) || return 1
    if command -v readlink >/dev/null 2>&1 && readlink -f / >/dev/null 2>&1; then
        _sjp_java=$(readlink -f "$_sjp_java")
    fi
    _sjp_bin=$(dirname "$_sjp_java")
    dirname "$_sjp_bin"
}

sotto_find_java() {
    _sfj_need=${1:-java}
    SOTTO_JAVA_HOME=
    SOTTO_JAVA_VERSION=
    SOTTO_JAVA_REJECTED=
    sotto_try_java_home "${JAVA_HOME:-}" "$_sfj_need" && return 0
    sotto_try_java_home "$(sotto_java_home_from_path)" "$_sfj_need" && return 0

    # Usual install folders. Pick the newest version that fits, not the first in name order.
    _sfj_best=
    _sfj_best_version=0
    for _sfj_home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/openjdk* \
        /Library/Java/JavaVirtualMachines/*/Contents/Home \
        "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.local/share/mise/installs/java/*; do
        [ -d "$_sfj_home" ] || continue
        if sotto_try_java_home "$_sfj_home" "$_sfj_need" && [ "$SOTTO_JAVA_VERSION" -gt "$_sfj_best_version" ]; then
            _sfj_best=$SOTTO_JAVA_HOME
            _sfj_best_version=$SOTTO_JAVA_VERSION
        fi
    done
    if [ -n "$_sfj_best" ]; then
        SOTTO_JAVA_HOME=$_sfj_best
        SOTTO_JAVA_VERSION=$_sfj_best_version
        return 0
    fi
    SOTTO_JAVA_HOME=
    SOTTO_JAVA_VERSION=
    {
        if [ "$_sfj_need" = jdk ]; then
            echo "sotto: no JDK $SOTTO_MIN_JAVA or newer found (building Sotto needs javac)."
        else
            echo "sotto: no Java $SOTTO_MIN_JAVA or newer found."
        fi
        if [ -n "$SOTTO_JAVA_REJECTED" ]; then
            echo "Looked at (JAVA_HOME, PATH, /usr/lib/jvm and other usual folders) and found only:$SOTTO_JAVA_REJECTED"
        else
            echo "Looked in JAVA_HOME, PATH, /usr/lib/jvm and other usual folders and found none."
        fi
        echo "Install a JDK $SOTTO_MIN_JAVA+ (e.g. 'apt-get install openjdk-21-jdk' or https://adoptium.net)"
        echo "and/or point JAVA_HOME at it."
    } >&2
    return 1
}
