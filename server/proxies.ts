import { BlockList, isIP } from 'node:net'

/**
 * Which reverse proxies the server believes (TRUST_PROXY): none, any peer, that many hops, or the
 * proxies' own addresses and subnets (`10.0.0.5`, `10.0.0.0/24`, `::1`).
 */
export type TrustProxy = boolean | number | readonly string[]

/** Whether the peer at `address`, `hop` steps from the server (0: the socket's peer), is a believed proxy. */
export type ProxyTrust = (address: string, hop: number) => boolean

/** The proxies as a list to look addresses up in; throws naming an entry that is no address or subnet. */
export function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/')
    const family = isIP(address)
    const bits = family === 6 ? 128 : 32
    if (!family || rest.length || (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= bits)))
      throw new Error(`"${entry}" is not an IP address or subnet (e.g. 10.0.0.5 or 10.0.0.0/24)`)
    const type = family === 6 ? 'ipv6' : 'ipv4'
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(prefix), type)
  }
  return list
}

/**
 * Fastify's trustProxy as a function (the form that means the same to Fastify and to the connection
 * cap). A number of hops trusts that many peers whatever their address (proxy-addr counts the
 * socket's peer as hop 0); a list trusts the peers it names, at any hop.
 */
export function proxyTrust(trust: TrustProxy): ProxyTrust {
  if (typeof trust === 'boolean') return () => trust
  if (typeof trust === 'number') return (_address, hop) => hop < trust
  const proxies = proxyList(trust)
  // An IPv4 peer of a server listening on `::` arrives as `::ffff:10.0.0.5`: the list matches it too.
  return (address) => isIP(address) !== 0 && proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')
}
