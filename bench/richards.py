"""Richards: Martin Richards' operating-system scheduler simulation
(objects, attribute access, method calls, linked lists).

    python3 bench/richards.py [ITERATIONS]
"""
import sys

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUF_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, queue):
        """Put this packet at the end of the queue headed by `queue`; return the head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, pri, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.pri = pri
        self.queue = queue
        self.pending = queue is not None
        self.waiting = waiting
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (self.pending or not self.waiting)

    def take_packet(self):
        if self.waiting and self.pending:
            pkt = self.queue
            self.queue = pkt.link
            self.pending = self.queue is not None
            self.waiting = False
            return pkt
        return None


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, I_IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.sched.release(I_DEV_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(I_DEV_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, I_WORK, 1000, queue, True)
        self.dest = I_HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait()
        if self.dest == I_HANDLER_A:
            self.dest = I_HANDLER_B
        else:
            self.dest = I_HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        data = pkt.data
        for i in range(BUF_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, pri, queue):
        Task.__init__(self, sched, ident, pri, queue, True)
        self.work = None
        self.devices = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is not None:
            count = work.datum
            if count >= BUF_SIZE:
                self.work = work.link
                return self.sched.queue_packet(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.queue_packet(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, pri):
        Task.__init__(self, sched, ident, pri, None, True)
        self.pkt = None

    def run(self, pkt):
        if pkt is None:
            pkt = self.pkt
            if pkt is None:
                return self.sched.wait()
            self.pkt = None
            return self.sched.queue_packet(pkt)
        self.pkt = pkt
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.pri > self.current.pri:
            return t
        return self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        if t.queue is None:
            t.queue = pkt
            t.pending = True
            if t.pri > self.current.pri:
                return t
        else:
            t.queue = pkt.append_to(t.queue)
        return self.current

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                pkt = t.take_packet()
                self.current = t
                t = t.run(pkt)
            else:
                t = t.link


def simulate(count):
    s = Scheduler()
    IdleTask(s, count)
    wq = Packet(None, 0, K_WORK)
    wq = Packet(wq, 0, K_WORK)
    WorkerTask(s, wq)
    for ident, pri, dev in ((I_HANDLER_A, 2000, I_DEV_A), (I_HANDLER_B, 3000, I_DEV_B)):
        q = Packet(None, dev, K_DEV)
        q = Packet(q, dev, K_DEV)
        q = Packet(q, dev, K_DEV)
        HandlerTask(s, ident, pri, q)
    DeviceTask(s, I_DEV_A, 4000)
    DeviceTask(s, I_DEV_B, 5000)
    s.schedule()
    return s.queue_count, s.hold_count


def main(iterations):
    for _ in range(iterations):
        q, h = simulate(10000)
        if q != 23246 or h != 9297:
            print("wrong result: queue_count=%d hold_count=%d" % (q, h))
            return
    print("queue_count=%d hold_count=%d iterations=%d" % (q, h, iterations))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
