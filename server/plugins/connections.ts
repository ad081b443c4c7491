import type { Server } from 'node:http'

/**
 * At most `max` open connections from one address: a client that opens sockets and never sends
 * keeps them from everybody else. Beyond it, a new connection is closed at once. A trusted proxy
 * (`isProxy`) is not capped: it carries every client behind it, which are counted where their
 * address is known (event streams per client, login limits); it takes slow clients off the server.
 */
export function capConnectionsPerAddress(server: Server, max: number, isProxy: (address: string) => boolean): void {
  const open = new Map<string, number>()
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? ''
    if (isProxy(address)) return
    const count = (open.get(address) ?? 0) + 1
    if (count > max) {
      socket.destroy()
      return
    }
    open.set(address, count)
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1
      if (left > 0) open.set(address, left)
      else open.delete(address)
    })
  })
}
