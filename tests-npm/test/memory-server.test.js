'use strict';
// Proves that secantusdb-rs works as mongodb-memory-server's "system binary":
// the library spawns it with mongod's flags, waits for mongod's log lines,
// drives a one-member replica set through replSetInitiate, and stops it
// (SIGINT for a standalone, the `shutdown` command for a replica set member).
//
// Run through ../run.sh, or: MONGOMS_SYSTEM_BINARY=/abs/path npm test

const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const BINARY = process.env.MONGOMS_SYSTEM_BINARY;
if (!BINARY) {
  throw new Error(
    'MONGOMS_SYSTEM_BINARY is not set: point it at the secantusdb-rs binary ' +
      '(run tests-npm/run.sh [path/to/secantusdb-rs], which sets it for you).',
  );
}
if (!path.isAbsolute(BINARY)) {
  throw new Error(`MONGOMS_SYSTEM_BINARY must be an absolute path, got "${BINARY}"`);
}
fs.accessSync(BINARY, fs.constants.X_OK); // throws ENOENT / EACCES with the path

// The version mongodb-memory-server compares the binary's `--version` with
// (it warns on a mismatch). Never download anything: the system binary is
// the only binary.
process.env.MONGOMS_VERSION ??= '8.0.4';
process.env.MONGOMS_RUNTIME_DOWNLOAD = 'false';
process.env.MONGOMS_DISABLE_POSTINSTALL = '1';
const EXPECTED_VERSION = process.env.MONGOMS_VERSION;

// Required after the environment is settled (the library reads it lazily,
// but this keeps the order obvious).
const { MongoMemoryServer, MongoMemoryReplSet } = require('mongodb-memory-server-core');
const { MongoClient } = require('mongodb');

const TEST_TIMEOUT = 90_000;

// Everything mongodb-memory-server prints goes through console.warn
// (version conflict, SIGKILL fallback, failed shutdown command, storage
// engine substitution); each test requires that it printed nothing.
let warnings = [];
const realWarn = console.warn;
before(() => {
  console.warn = (...args) => {
    warnings.push(args.map(String).join(' '));
    realWarn.apply(console, args);
  };
});
after(() => {
  console.warn = realWarn;
});
beforeEach(() => {
  warnings = [];
});

/** Watches the mongod child (and mongodb-memory-server's killer) of one instance. */
function track(server) {
  const instance = server.instanceInfo?.instance;
  assert.ok(instance, 'instanceInfo.instance is set after start');
  const child = instance.mongodProcess;
  assert.ok(child && child.pid > 0, 'mongod child process has a pid');
  assert.equal(child.exitCode, null, 'mongod is running');
  assert.equal(path.resolve(child.spawnfile), BINARY, 'the spawned binary is MONGOMS_SYSTEM_BINARY');
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, pid: child.pid, killerPid: instance.killerProcess?.pid, args: child.spawnargs, exited };
}

function assertPidGone(pid, what) {
  assert.throws(
    () => process.kill(pid, 0),
    (err) => err.code === 'ESRCH',
    `${what} (pid ${pid}) still exists after stop()`,
  );
}

/** After stop(): mongod exited by itself with status 0, and no process is left. */
async function assertStopped(t) {
  const result = await withTimeout(t.exited, 5_000, `mongod (pid ${t.pid}) did not exit`);
  assert.deepEqual(result, { code: 0, signal: null }, 'mongod exit status');
  assert.equal(t.child.exitCode, 0);
  assertPidGone(t.pid, 'mongod');
  if (t.killerPid) assertPidGone(t.killerPid, 'mongo_killer');
}

/** `promise`, or a rejection with `message` after `ms` (the timer never outlives it). */
async function withTimeout(promise, ms, message) {
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function argValue(args, flag) {
  const i = args.indexOf(flag);
  return i < 0 ? undefined : args[i + 1];
}

function assertNoWarnings() {
  assert.deepEqual(warnings, [], 'mongodb-memory-server printed warnings');
}

async function crud(uri, dbName) {
  const client = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 10_000 });
  try {
    const db = client.db(dbName);
    const build = await db.admin().command({ buildInfo: 1 });
    assert.equal(build.version, EXPECTED_VERSION);
    const coll = db.collection('items');
    const ins = await coll.insertMany([
      { _id: 1, name: 'a', n: 1 },
      { _id: 2, name: 'b', n: 2 },
      { _id: 3, name: 'c', n: 3 },
    ]);
    assert.equal(ins.insertedCount, 3);
    const found = await coll.find({ n: { $gte: 2 } }).sort({ _id: 1 }).toArray();
    assert.deepEqual(found, [
      { _id: 2, name: 'b', n: 2 },
      { _id: 3, name: 'c', n: 3 },
    ]);
    assert.deepEqual(await coll.findOne({ _id: 1 }), { _id: 1, name: 'a', n: 1 });
    const status = await db.admin().command({ serverStatus: 1 });
    return { status };
  } finally {
    await client.close();
  }
}

test('the binary reports the version mongodb-memory-server expects', () => {
  const out = spawnSync(BINARY, ['--version'], { encoding: 'utf8' });
  assert.equal(out.status, 0, `--version exited ${out.status}: ${out.stderr}`);
  const first = out.stdout.split('\n')[0];
  const m = /^db version v(\d+\.\d+\.\d+)$/.exec(first.trim());
  assert.ok(m, `first line of --version is not "db version vX.Y.Z": ${JSON.stringify(first)}`);
  assert.equal(m[1], EXPECTED_VERSION);
});

test('MongoMemoryServer: create, getUri, insert/find, stop', { timeout: TEST_TIMEOUT }, async () => {
  const server = await MongoMemoryServer.create();
  let t;
  let dbPath;
  try {
    t = track(server);
    dbPath = server.instanceInfo.dbPath;
    assert.equal(argValue(t.args, '--dbpath'), dbPath);
    const uri = server.getUri();
    assert.match(uri, /^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    assert.equal(argValue(t.args, '--port'), String(server.instanceInfo.port));
    assert.ok(t.args.includes('--noauth'));
    await crud(uri, 'mms_basic');
  } finally {
    assert.equal(await server.stop(), true, 'stop() returns true');
  }
  await assertStopped(t);
  // the temporary dbPath is removed by stop() (default cleanup)
  assert.equal(fs.existsSync(dbPath), false, `temporary dbPath ${dbPath} removed`);
  assertNoWarnings(); // includes "Possible version conflict"
});

for (const [engine, persistent] of [
  ['wiredTiger', true],
  // Not in the library's StorageEngine type (ephemeralForTest | wiredTiger),
  // but it passes any value through to --storageEngine.
  ['inMemory', false],
]) {
  test(`MongoMemoryServer with storageEngine ${engine}`, { timeout: TEST_TIMEOUT }, async () => {
    const server = await MongoMemoryServer.create({ instance: { storageEngine: engine } });
    let t;
    try {
      t = track(server);
      assert.equal(server.instanceInfo.storageEngine, engine);
      assert.equal(argValue(t.args, '--storageEngine'), engine);
      const { status } = await crud(server.getUri(), `mms_${engine}`);
      assert.equal(status.storageEngine?.persistent, persistent, 'serverStatus.storageEngine.persistent');
    } finally {
      await server.stop();
    }
    await assertStopped(t);
    assertNoWarnings();
  });
}

test('MongoMemoryReplSet: one member, transaction, change stream, stop', { timeout: TEST_TIMEOUT }, async () => {
  const replSet = await MongoMemoryReplSet.create({ replSet: { count: 1 } });
  const tracked = [];
  let client;
  try {
    await replSet.waitUntilRunning();
    assert.equal(replSet.state, 'running');
    assert.equal(replSet.servers.length, 1);
    for (const s of replSet.servers) tracked.push(track(s));
    const name = replSet.replSetOpts.name;
    assert.equal(argValue(tracked[0].args, '--replSet'), name);

    const uri = replSet.getUri();
    assert.match(uri, new RegExp(`[?&]replicaSet=${name}(&|$)`));
    client = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 10_000 });
    const db = client.db('mms_rs');

    const hello = await db.admin().command({ hello: 1 });
    assert.equal(hello.setName, name);
    assert.equal(hello.isWritablePrimary, true);

    // Multi-document transaction: commit is visible, abort is not.
    const orders = db.collection('orders');
    const stock = db.collection('stock');
    await stock.insertOne({ _id: 'widget', qty: 10 });
    const session = client.startSession();
    try {
      await session.withTransaction(async () => {
        await orders.insertOne({ _id: 1, item: 'widget', qty: 3 }, { session });
        await orders.insertOne({ _id: 2, item: 'widget', qty: 4 }, { session });
        await stock.updateOne({ _id: 'widget' }, { $inc: { qty: -7 } }, { session });
        // inside the transaction its own writes are visible, outside they are not
        assert.equal(await orders.countDocuments({}, { session }), 2);
        assert.equal(await orders.countDocuments({}), 0);
      });

      session.startTransaction();
      await orders.insertOne({ _id: 3, item: 'widget', qty: 100 }, { session });
      await session.abortTransaction();
    } finally {
      await session.endSession();
    }
    assert.deepEqual(await orders.find().sort({ _id: 1 }).toArray(), [
      { _id: 1, item: 'widget', qty: 3 },
      { _id: 2, item: 'widget', qty: 4 },
    ]);
    assert.deepEqual(await stock.findOne({ _id: 'widget' }), { _id: 'widget', qty: 3 });

    // Change stream sees an insert made after it was opened.
    const events = db.collection('events');
    const stream = events.watch([], { maxAwaitTimeMS: 500 });
    try {
      assert.equal(await stream.tryNext(), null, 'nothing before the insert'); // opens the stream
      await events.insertOne({ _id: 'e1', kind: 'created' });
      const change = await withTimeout(stream.next(), 10_000, 'no change event within 10s');
      assert.equal(change.operationType, 'insert');
      assert.deepEqual(change.ns, { db: 'mms_rs', coll: 'events' });
      assert.deepEqual(change.documentKey, { _id: 'e1' });
      assert.deepEqual(change.fullDocument, { _id: 'e1', kind: 'created' });
    } finally {
      await stream.close();
    }
  } finally {
    if (client) await client.close();
    assert.equal(await replSet.stop(), true, 'stop() returns true');
  }
  assert.equal(replSet.state, 'stopped');
  assert.ok(tracked.length > 0);
  for (const t of tracked) await assertStopped(t);
  assertNoWarnings();
});
