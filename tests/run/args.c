/* Its arguments and environment count back, and exit status 3: the same on any system. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv, char **envp)
{
    const char *slash = strrchr(argv[0], '/');
    printf("hello from %s, argc %d\n", slash ? slash + 1 : argv[0], argc);
    for (int i = 1; i < argc; i++)
        printf("arg %d: \"%s\"\n", i, argv[i]);
    printf("argv[argc] is NULL: %s\n", argv[argc] == NULL ? "yes" : "no");
    printf("environment present: %s\n", envp != NULL ? "yes" : "no");
    return 3;
}
