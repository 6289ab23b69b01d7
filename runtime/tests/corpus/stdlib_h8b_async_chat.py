"""Simulated chat server with asyncio: rooms, broadcast queues, timeouts, shutdown."""
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Message:
    seq: int
    room: str = field(compare=False)
    sender: str = field(compare=False)
    text: str = field(compare=False)


class Room:
    def __init__(self, name):
        self.name = name
        self.members = {}
        self.history = []

    def join(self, user):
        q = asyncio.Queue()
        self.members[user] = q
        return q

    def leave(self, user):
        q = self.members.pop(user, None)
        if q is not None:
            q.put_nowait(None)

    async def broadcast(self, msg):
        self.history.append(msg)
        for user, q in sorted(self.members.items()):
            if user != msg.sender:
                await q.put(msg)


class Server:
    def __init__(self):
        self.rooms = {}
        self.seq = 0
        self.lock = asyncio.Lock()
        self.transcript = []

    def room(self, name):
        if name not in self.rooms:
            self.rooms[name] = Room(name)
        return self.rooms[name]

    async def post(self, room, sender, text):
        async with self.lock:
            self.seq += 1
            msg = Message(self.seq, room, sender, text)
        if text.startswith("/"):
            return await self.command(msg)
        await self.room(room).broadcast(msg)
        return msg.seq

    async def command(self, msg):
        cmd, *args = msg.text[1:].split()
        if cmd == "who":
            return sorted(self.room(msg.room).members)
        if cmd == "rooms":
            return {n: len(r.members) for n, r in sorted(self.rooms.items())}
        raise ValueError(f"unknown command /{cmd}")


async def client(server, user, room, script, inbox_log):
    q = server.room(room).join(user)

    async def reader():
        got = []
        while True:
            msg = await q.get()
            if msg is None:
                return got
            got.append(msg.seq)
            inbox_log.append(f"{user}@{room} <- #{msg.seq} {msg.sender}: {msg.text}")

    read_task = asyncio.create_task(reader(), name=f"reader-{user}")
    for line in script:
        await asyncio.sleep(0)
        try:
            result = await server.post(room, user, line)
            if isinstance(result, int):
                server.transcript.append(f"{user} sent #{result}")
            else:
                server.transcript.append(f"{user} {line} -> {result}")
        except ValueError as e:
            server.transcript.append(f"{user} error: {e}")
    await asyncio.sleep(0)
    return user, read_task


async def main():
    server = Server()
    inbox = []
    scripts = {
        ("ann", "general"): ["hi all", "/who", "anyone here?"],
        ("bob", "general"): ["hey ann", "/rooms", "/shrug"],
        ("cid", "general"): ["yo"],
        ("dee", "random"): ["cats!", "/who"],
        ("eve", "random"): ["dogs!"],
    }
    results = await asyncio.gather(*(client(server, u, r, s, inbox) for (u, r), s in scripts.items()))
    for _ in range(5):
        await asyncio.sleep(0)
    for room in server.rooms.values():
        for user in list(room.members):
            room.leave(user)
    received = {}
    for user, task in results:
        received[user] = await task
    for line in server.transcript:
        print(line)
    print("---")
    for line in sorted(inbox):
        print(line)
    print("---")
    for user in sorted(received):
        print(user, received[user])
    for name, room in sorted(server.rooms.items()):
        print(name, [m.seq for m in sorted(room.history)], max(room.history).text)

    async def slow_reply():
        for _ in range(100):
            await asyncio.sleep(0)
        return "late"

    try:
        print(await asyncio.wait_for(slow_reply(), timeout=0))
    except asyncio.TimeoutError:
        print("reply timed out")

    async def heartbeat(n, beats):
        for i in range(n):
            beats.append(i)
            await asyncio.sleep(0)
        raise ConnectionResetError("peer gone")

    beats = []
    hb = asyncio.create_task(heartbeat(3, beats))
    done, pending = await asyncio.wait({hb})
    print(beats, hb.done(), type(hb.exception()).__name__, str(hb.exception()), len(pending))
    return server.seq


print("total messages", asyncio.run(main()))
