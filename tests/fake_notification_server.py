"""A tiny org.freedesktop.Notifications service for tests, run as its own process on a
private session bus (``python tests/fake_notification_server.py ADDRESS CAPS``).

It owns the service's name, answers GetCapabilities, GetServerInformation, Notify and
CloseNotification as a real server does (ids counted from 1, ``replaces_id`` kept), and
writes each call as a JSON line on stdout. A JSON line on stdin makes it emit a signal to
the client that created the notification, as dunst and GNOME do:
``{"signal": "ActionInvoked", "id": 1, "key": "mark-read"}`` or
``{"signal": "NotificationReplied", "id": 1, "text": "On my way"}``.
"""

from __future__ import annotations

import json
import sys
import threading

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def main() -> None:
    address, caps = sys.argv[1], [c for c in sys.argv[2].split(",") if c]
    conn = open_dbus_connection(bus=address)
    conn.send_and_get_reply(message_bus.RequestName(SERVICE, 4))  # DO_NOT_QUEUE
    clients: dict[int, str] = {}
    lock = threading.Lock()
    next_id = [0]

    printing = threading.Lock()

    def say(what: dict) -> None:
        with printing:  # (two threads write lines: whole lines only)
            print(json.dumps(what), flush=True)

    def signals() -> None:
        emitter = DBusAddress(PATH, interface=SERVICE)
        for line in sys.stdin:
            order = json.loads(line)
            nid = int(order["id"])
            if order["signal"] == "ActionInvoked":
                msg = new_signal(emitter, "ActionInvoked", "us", (nid, order["key"]))
            elif order["signal"] == "NotificationReplied":
                msg = new_signal(emitter, "NotificationReplied", "us", (nid, order["text"]))
            else:
                msg = new_signal(emitter, "NotificationClosed", "uu", (nid, 2))
            with lock:
                msg.header.fields[HeaderFields.destination] = clients.get(nid, "")
                conn.send(msg)
            say({"emitted": order})

    say({"ready": True})
    threading.Thread(target=signals, daemon=True).start()
    while True:
        msg = conn.receive()
        if msg.header.message_type is not MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        sender = msg.header.fields.get(HeaderFields.sender, "")
        if member == "GetCapabilities":
            reply = new_method_return(msg, "as", (caps,))
        elif member == "GetServerInformation":
            reply = new_method_return(msg, "ssss", ("fake", "tests", "1", "1.2"))
        elif member == "Notify":
            app, replaces, _icon, summary, body, actions, hints, _expire = msg.body
            if replaces:
                nid = replaces
            else:
                next_id[0] += 1
                nid = next_id[0]
            clients[nid] = sender
            say(
                {
                    "call": "Notify",
                    "signature": str(msg.header.fields.get(HeaderFields.signature)),
                    "app": app,
                    "replaces": replaces,
                    "id": nid,
                    "summary": summary,
                    "body": body,
                    "actions": list(actions),
                    "hints": sorted(hints),
                }
            )
            reply = new_method_return(msg, "u", (nid,))
        elif member == "CloseNotification":
            say({"call": "CloseNotification", "id": msg.body[0]})
            reply = new_method_return(msg)
        else:
            continue
        with lock:
            conn.send(reply)


if __name__ == "__main__":
    main()
