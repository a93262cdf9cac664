import { BlockList, isIP } from 'node:net'

// Addresses an imported post must not make the importer fetch from: the machine itself, the
// private network it sits in (routers, admin panels, databases) and the cloud metadata service
// at 169.254.169.254, which hands out credentials. A post's <img src> is written by whoever
// wrote the old site.
const PRIVATE = new BlockList()
PRIVATE.addSubnet('0.0.0.0', 8, 'ipv4') // "this network", 0.0.0.0 reaches the machine itself
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4')
PRIVATE.addSubnet('127.0.0.0', 8, 'ipv4')
PRIVATE.addSubnet('169.254.0.0', 16, 'ipv4')
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4')
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4')
PRIVATE.addAddress('::', 'ipv6')
PRIVATE.addAddress('::1', 'ipv6')
PRIVATE.addSubnet('fc00::', 7, 'ipv6')
PRIVATE.addSubnet('fe80::', 10, 'ipv6')
// BlockList applies the IPv4 rules to IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) as well.

/** Whether an IP address is loopback, private, link-local or unspecified; anything not an IP counts as private. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  const family = isIP(bare)
  if (family === 0) return true
  return PRIVATE.check(bare, family === 4 ? 'ipv4' : 'ipv6')
}
