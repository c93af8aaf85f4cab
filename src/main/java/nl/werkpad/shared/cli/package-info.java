/** The command-line commands of ./werkpad. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.shared.cli;
