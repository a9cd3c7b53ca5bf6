/*
 * nop.c - osbench-nop, the tiny static program that the fork+execve+wait benchmark runs
 * (proc.c): it only exits with status 0.
 */
int main(void)
{
    return 0;
}
