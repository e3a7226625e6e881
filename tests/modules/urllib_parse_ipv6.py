# Seeded random inputs: weft's result (or exception) must match CPython's for each.
import random
from urllib.parse import urlsplit
random.seed(7)
alpha = '0123:af.%v:Gx'
for i in range(300):
    s = ''.join(random.choice(alpha) for _ in range(random.randint(0, 12)))
    for h in ['http://[' + s + ']/', 'http://[' + s + ']:8/']:
        try:
            r = urlsplit(h); print(i, r.hostname, r.port)
        except ValueError as e:
            print(i, 'VE', e)
for s in ['::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '::ffff:1.2.3.4',
          '1.2.3.4', '01.2.3.4', '::1.2.3', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', 'fe80::1%eth0', 'fe80::1%', '12345::', ':1::', '1:::2']:
    try:
        print(s, urlsplit('http://[' + s + ']/').hostname)
    except ValueError as e:
        print(s, 'VE', e)
