String svg = new File(basedir, 'clickstream.svg').text
assert svg.startsWith('<svg') && svg.count('<image ') == 8 : 'one AWS icon per node'
byte[] png = new File(basedir, 'clickstream.png').bytes
assert png.length > 1000 && png[1] == (byte) 'P' && png[2] == (byte) 'N' && png[3] == (byte) 'G'
return true
