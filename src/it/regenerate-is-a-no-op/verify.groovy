String log = new File(basedir, 'build.log').text
assert log =~ /(?m)\[INFO\] 0 created, 0 updated, \d+ unchanged, \d+ kept \(yours\), 0 deleted/ : 'the second run changed files'
return true
