/*
 * A thread's RLIMIT_FSIZE as the file layer sees it (fs.FileSizeLimit): its process's soft
 * limit, read at each call. When a call fails on the limit the thread is marked, and the
 * syscall layer raises SIGXFSZ for it once the call is out of the file layer's locks
 * (syscall.FileCalls.writeSignals), since raising a signal takes Processes.lock.
 */
package exo.kernel.proc;

import exo.kernel.fs.FileSizeLimit;

final class TaskFileSizeLimit extends FileSizeLimit {
    private final Task task;

    TaskFileSizeLimit(Task task) {
        this.task = task;
    }

    @Override
    protected long maxBytes() {
        return task.process.limits().soft(ResourceLimits.RLIMIT_FSIZE);
    }

    @Override
    protected void exceeded() {
        task.fileSizeExceeded = true;
    }
}
