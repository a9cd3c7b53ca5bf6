/**
 * System V IPC objects (svipc(7)): the tables that map keys and ids to objects, the permission
 * record every object carries (IpcObject), and one class per kind of object (MsgQueue for
 * message queues, SemSet for semaphore sets; shared memory segments are not there yet). The
 * logic is plain data and waits through fs.wait's Waiter, so it runs on the host under JUnit;
 * syscall.MsgCalls and SemCalls copy the user's structures in and out and call it.
 */
package exo.kernel.ipc;
