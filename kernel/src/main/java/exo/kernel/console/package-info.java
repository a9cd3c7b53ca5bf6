/**
 * Text output policy: Console sends every byte to the serial port and the VGA screen, Log adds
 * levels and timestamps filtered by the command line, Splash draws the boot banner. The device
 * drivers themselves are in exo.kernel.dev.
 */
package exo.kernel.console;
