/** The {@code chancery} command line: one class per subcommand. */
package org.chancery.serve.cli;
