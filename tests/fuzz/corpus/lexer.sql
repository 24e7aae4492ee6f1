SELECT E'it\'s' /* open /* nested */ -- x
 U&"d\0061t" 1e $1x 'unterminated