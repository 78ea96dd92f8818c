File root = new File(basedir, 'hostile')
assert new File(root, 'cdk.out').isDirectory() : 'the app did not synthesize'
def handlers = []
new File(root, 'functions/src/main/java').eachFileRecurse { if (it.name.endsWith('Handler.java')) handlers << it.name }
assert handlers.sort() == ['IntHandler.java', 'WebApp2Handler.java', 'WebAppHandler.java'] : "colliding aliases must get distinct classes: ${handlers}"
// The schema named String gets a record that does not shadow java.lang.String, with components for
// fields named as Java keywords, record methods and one another; it compiled, and its test passed.
File record = new File(root, 'functions/src/main/java/com/example/hostilelabelsnames/events/StringEvent.java')
assert record.isFile() : "no record for schema String: ${record}"
String code = record.text
['String class_', 'int hashCodeValue', 'Long default_', 'boolean toStringValue', 'String deviceId,', 'double deviceId2',
 'String objects', 'com.fasterxml.jackson.databind.JsonNode payload', 'Float field'].each {
    assert code.contains(it) : "the record lacks ${it}"
}
String log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com.example.hostilelabelsnames.functions.int_.IntHandlerTest/
String readme = new File(root, 'README.md').text
assert readme.contains('Users "quoted"') : 'labels keep their text in the README'
return true
