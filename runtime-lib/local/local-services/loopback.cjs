// Preloaded with `node -r ./loopback.cjs`: makes every server listen on 127.0.0.1 only, whatever host the
// service asks for (kinesis-local binds 0.0.0.0 and has no option to change it).
'use strict';
const net = require('net');
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) {
    args[0] = Object.assign({}, args[0], { host: '127.0.0.1' });
  } else if (typeof args[0] === 'number' || typeof args[0] === 'string') {
    const port = args[0];
    const rest = args.slice(1).filter((a) => typeof a !== 'string');
    args = [port, '127.0.0.1', ...rest];
  }
  return originalListen.apply(this, args);
};
