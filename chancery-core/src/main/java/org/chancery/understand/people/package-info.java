/**
 * People: the Office of the Historian's chiefs of mission and principal officers, the senders and
 * recipients of headings identified among them, and the people the editors name.
 */
package org.chancery.understand.people;
