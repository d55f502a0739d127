#!/usr/bin/env bash
# The base of the container image, without a registry: a Java runtime linked from the build's own
# JDK (jlink) and the C libraries it needs, taken from this Debian machine's packages, in a
# folder Jib lays over an empty ("scratch") image. No shell, no package manager: only what the
# service runs on.
#
#   deploy/image/build-root.sh <jdk> <output folder>
set -euo pipefail
jdk=${1:?the JDK to link the runtime from}
out=${2:?the folder to write the image root to}
modules=java.base,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.prefs,java.rmi,\
java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.cryptoki,\
jdk.httpserver,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.unsupported,jdk.zipfs

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/home/app"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en --strip-debug --no-man-pages \
  --no-header-files --output "$out/opt/java"

# Every library the runtime links to (the X11, sound and splash-screen parts are not used headless).
libraries=$(find "$out/opt/java" \( -name '*.so' -o -path '*/bin/*' \) -type f \
    ! -name libawt_xawt.so ! -name libjawt.so ! -name libjsound.so ! -name libsplashscreen.so -print0 \
  | xargs -0 ldd 2>/dev/null | awk '/=> \// {print $3} /^\s*\/lib/ {print $1}' | grep -v "^$out" | sort -u)
# glibc loads these by name (name service, DNS) rather than by link, so ldd does not list them.
for extra in /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 \
    /lib/x86_64-linux-gnu/libresolv.so.2 /lib64/ld-linux-x86-64.so.2; do
  [ -e "$extra" ] && libraries+=$'\n'"$extra"
done
for library in $libraries; do
  mkdir -p "$out$(dirname "$library")"
  cp -L "$library" "$out$library"
done
# The loader by its canonical name too (what /lib64/ld-linux-x86-64.so.2 points to on Debian).
if [ -e /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 ]; then
  mkdir -p "$out/lib/x86_64-linux-gnu"
  cp -L /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$out/lib/x86_64-linux-gnu/"
fi

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
app:x:1000:1000:coaching pool service:/home/app:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
app:x:1000:
GROUP
echo "hosts: files dns" > "$out/etc/nsswitch.conf"
chmod 1777 "$out/tmp"
echo "image root in $out: $(du -sh "$out" | cut -f1)"
