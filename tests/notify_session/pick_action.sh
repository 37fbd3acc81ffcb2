#!/bin/sh
# dunst's "dmenu" for the tests: from dunst's context menu (one line per action, such as
# "#Mark as read (Olivia Park) [2,mark-read]"), choose the line with the label the test wrote
# in $SMSDESK_PICK_ACTION_FILE, as a user choosing it would; nothing when it names none.
label=$(cat "$SMSDESK_PICK_ACTION_FILE" 2>/dev/null)
[ -n "$label" ] || exit 0
grep -m1 -F -- "#$label ("
