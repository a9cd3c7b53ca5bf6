# tools/boot/common.sh - sourced by build-kernel, build-iso, run and test (not run on its
# own): the repository paths, the check that the host tools exist (with a clear message
# naming the missing Debian packages), and the QEMU command line that `run` and `test`
# share.
# All outputs go under build/ (git-ignored).

BOOT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARCH_DIR="$BOOT_ROOT/kernel/arch/x86_64"
BOOT_BUILD="$BOOT_ROOT/build/boot"
# The Java kernel compiled by exoc (tools/boot/build-kernel), build-iso's default kernel.
KERNEL_OBJECT="$BOOT_BUILD/kernel-java.o"
# The test image: the same kernel plus the in-kernel suites (build-kernel --test).
KERNEL_TEST_OBJECT="$BOOT_BUILD/kernel-test.o"

# QEMU for every boot: TCG (no KVM needed, same speed everywhere), 256 MiB, CD boot,
# exit instead of reboot on a triple fault, and the isa-debug-exit port of the tests.
QEMU_COMMON=(qemu-system-x86_64 -accel tcg -m 256M -boot d -no-reboot
             -device isa-debug-exit,iobase=0xf4,iosize=0x04)

boot_die() {
    echo "tools/boot: $*" >&2
    exit 2
}

# The grub-mkrescue command (Fedora calls it grub2-mkrescue), empty if none.
grub_mkrescue_cmd() {
    command -v grub-mkrescue || command -v grub2-mkrescue || true
}

# GRUB's BIOS (i386-pc) modules, which grub-mkrescue puts on the ISO; empty if missing.
grub_bios_dir() {
    local d
    for d in /usr/lib/grub/i386-pc /usr/lib/grub2/i386-pc /usr/share/grub2/i386-pc; do
        [ -f "$d/moddep.lst" ] && { echo "$d"; return; }
    done
}

# boot_require_tools [qemu]: stop with the list of what is missing.
boot_require_tools() {
    local missing=() tool
    for tool in gcc ld; do
        command -v "$tool" >/dev/null || missing+=("$tool (gcc, binutils)")
    done
    [ -n "$(grub_mkrescue_cmd)" ] || missing+=("grub-mkrescue (grub-common)")
    [ -n "$(grub_bios_dir)" ] || missing+=("GRUB i386-pc modules in /usr/lib/grub/i386-pc (grub-pc-bin)")
    command -v xorriso >/dev/null || missing+=("xorriso (xorriso)")
    command -v mformat >/dev/null || missing+=("mformat (mtools)")
    if [ "${1:-}" = qemu ]; then
        command -v qemu-system-x86_64 >/dev/null || missing+=("qemu-system-x86_64 (qemu-system-x86)")
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        echo "tools/boot: missing host tools:" >&2
        printf '  - %s\n' "${missing[@]}" >&2
        echo "install them with ./exo setup, or:" \
             "apt-get install qemu-system-x86 grub-pc-bin grub-common xorriso mtools" >&2
        exit 2
    fi
}

# Nanoseconds since the epoch, for timings.
now_ns() {
    date +%s%N
}

# Seconds with two decimals between two now_ns values.
seconds_between() {
    local ns=$(( $2 - $1 ))
    printf '%d.%02d' $(( ns / 1000000000 )) $(( ns % 1000000000 / 10000000 ))
}

# Prints the opening comment of script $1 (its usage text).
boot_usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$1"
}

# Prints EXO_EXIT_PASS=.. and EXO_EXIT_FAIL=.. (QEMU's exit status when the kernel writes PASS
# or FAIL to isa-debug-exit), from exo.kernel.dev.DebugExit through LayoutHeader --shell.
boot_exit_statuses() {
    java -cp "$BOOT_ROOT/kernel/target/classes" exo.kernel.arch.x86_64.LayoutHeader --shell \
        || boot_die "cannot read the exit statuses from the kernel classes (run ./exo setup)"
}
