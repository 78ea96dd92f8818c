String diagram = new File(basedir, 'clickstream.puml').text
assert diagram.contains('mxgraph.aws4.lambda_function "Scorer" as scorer') : diagram
assert diagram.contains('kds --> scorer') : diagram
assert diagram.contains("rectangle \"Processing\" {")
String log = new File(basedir, 'build.log').text
assert log.contains('+ node  scorer (Lambda function): in the code, not in the diagram')
assert log.contains('agrees with')
return true
