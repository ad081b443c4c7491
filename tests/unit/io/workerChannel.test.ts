import { afterEach, describe, expect, it } from 'vitest'
import { expose } from 'comlink'
import { workerChannel } from '@/io/workerChannel'

const api = {
  double: (n: number) => Promise.resolve(n * 2),
  fail: (): Promise<never> => Promise.reject(new RangeError('out of range')),
  /** Never answers, like a worker busy on one long call. */
  hang: () => new Promise<never>(() => undefined),
}
type Api = typeof api

interface FakeWorker {
  readonly worker: Worker
  terminated: boolean
}

const started: FakeWorker[] = []
const ports: MessagePort[] = []

/** A worker as comlink sees one: a message port, the API exposed on its other end. */
function start(): Worker {
  const { port1, port2 } = new MessageChannel()
  ports.push(port1, port2)
  expose(api, port2)
  const fake: FakeWorker = {
    worker: Object.assign(port1, {
      terminate() {
        fake.terminated = true
        port1.close()
      },
    }) as unknown as Worker,
    terminated: false,
  }
  started.push(fake)
  return fake.worker
}

/** What a dying worker fires on the page. */
const crash = (worker: Worker, message: string) =>
  worker.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }))

afterEach(() => {
  for (const p of ports) p.close()
  ports.length = 0
  started.length = 0
})

describe('workerChannel', () => {
  it('starts the kept worker on the first call only, and answers through it', async () => {
    const channel = workerChannel<Api>(start, 'test')
    expect(started).toHaveLength(0)
    expect(await channel.call((w) => w.double(2))).toBe(4)
    expect(await channel.call((w) => w.double(5))).toBe(10)
    expect(started).toHaveLength(1)
    channel.close()
  })

  it('rejects with what the worker threw', async () => {
    const channel = workerChannel<Api>(start, 'test')
    await expect(channel.call((w) => w.fail())).rejects.toThrow('out of range')
    channel.close()
  })

  it('fails every call of a worker that died, and starts another for the next call', async () => {
    const channel = workerChannel<Api>(start, 'test')
    const pending = channel.call((w) => w.hang())
    await Promise.resolve()
    const first = started[0]
    if (!first) throw new Error('no worker started')
    crash(first.worker, 'out of memory')
    await expect(pending).rejects.toThrow('out of memory')
    expect(await channel.call((w) => w.double(3))).toBe(6)
    expect(started).toHaveLength(2)
    expect(first.terminated).toBe(true)
    channel.close()
  })

  it('restarts the kept worker at once, failing what it was doing', async () => {
    const channel = workerChannel<Api>(start, 'test')
    const pending = channel.call((w) => w.hang())
    channel.restart()
    await expect(pending).rejects.toThrow('test worker closed')
    expect(started[0]?.terminated).toBe(true)
    expect(await channel.call((w) => w.double(1))).toBe(2)
    channel.close()
  })

  it('runs each job in a worker of its own, ended with the job', async () => {
    const channel = workerChannel<Api>(start, 'test')
    expect(await channel.job((w) => w.double(4))).toBe(8)
    await expect(channel.job((w) => w.fail())).rejects.toThrow('out of range')
    expect(started.map((s) => s.terminated)).toEqual([true, true])
  })

  it('once closed, ends its workers and refuses calls', async () => {
    const channel = workerChannel<Api>(start, 'test')
    await channel.call((w) => w.double(1))
    channel.close()
    expect(started[0]?.terminated).toBe(true)
    await expect(channel.call((w) => w.double(1))).rejects.toThrow('test worker closed')
    expect(started).toHaveLength(1)
  })

  it('fails the call when the worker cannot be constructed', async () => {
    const channel = workerChannel<Api>(() => {
      throw new Error('workers are blocked')
    }, 'test')
    await expect(channel.job((w) => w.double(1))).rejects.toThrow('workers are blocked')
  })
})
