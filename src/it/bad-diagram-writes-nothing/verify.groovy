String log = new File(basedir, 'build.log').text
assert log.contains('bad.puml:3:1: error [UNKNOWN_STENCIL] unknown stencil `mxgraph.aws4.lamda_function`')
assert log.contains('did you mean `mxgraph.aws4.lambda_function`?')
assert log.contains('bad.puml:6:1: error [UNSUPPORTED_CONNECTION]')
assert log.contains('bad.puml:7:9: error [UNDECLARED_ALIAS]')
assert log.contains('3 errors, 0 warnings')
assert !new File(basedir, 'out').exists() : 'a bad diagram must write nothing'
return true
