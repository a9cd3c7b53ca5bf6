/*
 * hello.c - osbench-hello-c, the C twin of exoc's hello world (exoc/src/test/programs/hello):
 * the start-up benchmarks (proc.c, hello_c and hello_java) exec both and compare their cost
 * and peak memory.
 */
#include <unistd.h>

int main(void)
{
    static const char line[] = "Hello, world!\n";
    return write(1, line, sizeof line - 1) == sizeof line - 1 ? 0 : 1;
}
