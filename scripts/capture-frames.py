#!/usr/bin/env python3
"""Captures the wire frames a real driver (pymongo) sends, as seeds for the
libFuzzer target (fuzz/fuzz_targets/wire.rs).

Usage: capture-frames.py PORT OUTDIR
  PORT    a running SecantusDB (or mongod) on 127.0.0.1
  OUTDIR  where the frames go, one file per client message

A loopback proxy sits between pymongo and the server and records every
message the client sends while pymongo runs a spread of commands: the
handshake, CRUD, aggregation, cursors, indexes, sessions and a transaction.
Also writes a few hand-made seeds the fuzzer would take long to find:
documents nested far past maxBSONDepth.
"""

import os
import socket
import struct
import sys
import threading

import bson
import pymongo


def frames(buf):
    """Whole messages at the front of buf, and the rest."""
    out = []
    while len(buf) >= 4:
        (n,) = struct.unpack("<i", buf[:4])
        if n < 16 or len(buf) < n:
            break
        out.append(buf[:n])
        buf = buf[n:]
    return out, buf


def pump(src, dst, record):
    buf = b""
    while True:
        try:
            data = src.recv(65536)
        except OSError:
            break
        if not data:
            break
        if record is not None:
            got, buf = frames(buf + data)
            for f in got:
                record(f)
        try:
            dst.sendall(data)
        except OSError:
            break
    for s in (src, dst):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def proxy(port, record):
    lst = socket.socket()
    lst.bind(("127.0.0.1", 0))
    lst.listen(64)

    def accept():
        while True:
            try:
                c, _ = lst.accept()
            except OSError:
                return
            s = socket.create_connection(("127.0.0.1", port))
            threading.Thread(target=pump, args=(c, s, record), daemon=True).start()
            threading.Thread(target=pump, args=(s, c, None), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return lst, lst.getsockname()[1]


def workload(uri):
    c = pymongo.MongoClient(uri, directConnection=True, appName="capture")
    db = c.capture
    db.drop_collection("c")
    coll = db.c
    coll.insert_one({"_id": 1, "a": [1, 2, {"b": "x"}], "s": "text"})
    coll.insert_many([{"_id": i, "n": i, "tags": ["t%d" % (i % 3)]} for i in range(2, 40)])
    coll.find_one({"_id": 1})
    list(coll.find({"n": {"$gt": 5, "$lt": 30}}, {"n": 1}).sort("n", -1).batch_size(5))
    coll.update_one({"_id": 1}, {"$set": {"a.2.b": "y"}, "$inc": {"k": 1}})
    coll.update_many({"n": {"$gte": 10}}, [{"$set": {"m": {"$multiply": ["$n", 2]}}}])
    coll.replace_one({"_id": 2}, {"x": 1}, upsert=True)
    coll.find_one_and_update({"_id": 3}, {"$push": {"tags": "new"}}, return_document=True)
    coll.delete_one({"_id": 4})
    coll.delete_many({"n": {"$gt": 35}})
    coll.create_index([("n", 1), ("s", -1)], name="n_s")
    coll.create_index("tags")
    coll.count_documents({"tags": "t1"})
    coll.distinct("tags")
    list(coll.aggregate([
        {"$match": {"n": {"$exists": True}}},
        {"$group": {"_id": {"$mod": ["$n", 3]}, "total": {"$sum": "$n"}}},
        {"$sort": {"_id": 1}},
    ]))
    list(coll.aggregate([
        {"$lookup": {"from": "c", "localField": "n", "foreignField": "m", "as": "j"}},
        {"$project": {"j": {"$size": "$j"}}},
    ]))
    coll.bulk_write([
        pymongo.InsertOne({"_id": 100}),
        pymongo.UpdateOne({"_id": 100}, {"$set": {"u": True}}),
        pymongo.DeleteOne({"_id": 5}),
    ])
    db.command("collStats", "c")
    db.list_collection_names()
    c.list_database_names()
    db.command("buildInfo")
    db.command("serverStatus")
    with c.start_session() as s:
        with s.start_transaction():
            coll.insert_one({"_id": 200}, session=s)
            coll.update_one({"_id": 200}, {"$set": {"t": 1}}, session=s)
    try:
        coll.insert_one({"_id": 1})
    except pymongo.errors.DuplicateKeyError:
        pass
    try:
        db.command({"find": "c", "filter": {"$bad": 1}})
    except pymongo.errors.OperationFailure:
        pass
    coll.drop_index("n_s")
    db.drop_collection("c")
    c.close()


def op_msg(doc, request_id=1):
    body = struct.pack("<I", 0) + b"\x00" + bson.encode(doc)
    return struct.pack("<iiii", 16 + len(body), request_id, 0, 2013) + body


def deep_document(depth):
    """{"a": {"a": ... {}}} nested `depth` levels, as raw BSON (bson.encode
    would recurse as deep as the document)."""
    inner = b"\x05\x00\x00\x00\x00"
    for _ in range(depth):
        inner = struct.pack("<i", 4 + 1 + 2 + len(inner) + 1) + b"\x03a\x00" + inner + b"\x00"
    return inner


def deep_seeds():
    """Commands with a document nested far past maxBSONDepth (200)."""
    out = {}
    for depth in (199, 201, 10000):
        d = deep_document(depth)
        head = bson.encode({"insert": "c", "$db": "capture"})[:-1]
        # {insert: "c", $db: "capture", documents: [<deep>]}
        arr = b"\x030\x00" + d
        arr = struct.pack("<i", 4 + len(arr) + 1) + arr + b"\x00"
        field = b"\x04documents\x00" + arr
        doc = struct.pack("<i", len(head) + len(field) + 1) + head[4:] + field + b"\x00"
        body = struct.pack("<I", 0) + b"\x00" + doc
        out["deep-insert-%d" % depth] = struct.pack("<iiii", 16 + len(body), 1, 0, 2013) + body
    return out


def main():
    port, outdir = int(sys.argv[1]), sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    seen = set()
    count = [0]

    def record(frame):
        if frame in seen:
            return
        seen.add(frame)
        count[0] += 1
        with open(os.path.join(outdir, "pymongo-%03d.bin" % count[0]), "wb") as f:
            f.write(frame)

    lst, pport = proxy(port, record)
    workload("mongodb://127.0.0.1:%d/" % pport)
    lst.close()
    for name, frame in deep_seeds().items():
        with open(os.path.join(outdir, name + ".bin"), "wb") as f:
            f.write(frame)
    print("%d frames from pymongo, %d hand-made, in %s" % (count[0], len(deep_seeds()), outdir))


if __name__ == "__main__":
    main()
