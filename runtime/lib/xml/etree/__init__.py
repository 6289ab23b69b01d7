# Ember: the xml.etree package.
