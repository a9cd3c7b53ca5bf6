/**
 * Time keeping: Clock turns the calibrated TSC into monotonic nanoseconds and wall-clock
 * milliseconds; DateTime is the calendar date read from the RTC. The hardware that feeds them
 * (PIT, TSC calibration, CMOS RTC) lives in arch.x86_64.
 */
package exo.kernel.time;
