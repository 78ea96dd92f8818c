String log = new File(basedir, 'build.log').text
assert log =~ /--- stencil:[^:]+:generate/ : 'the short prefix did not find the plugin'
assert log =~ /(?m)\[INFO\] \d+ created, 0 updated, 0 unchanged/ : 'nothing was generated'
assert new File(basedir, 'clickstream/src/main/stencil/clickstream.puml').isFile()
return true
