package org.chancery.serve.web;

/** The error page's model: the status and a message for the reader (never a stack trace). */
record ErrorPage(int status, String title, String message) {}
