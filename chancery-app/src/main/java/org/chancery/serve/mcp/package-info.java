/** The Model Context Protocol server: the archive's answers as tools an assistant can call. */
package org.chancery.serve.mcp;
