// Strings a YAML writer can easily get wrong: words and numbers YAML would
// type, indicators, whitespace, control characters, multi-line text.
#pragma once

#include <string>
#include <vector>

namespace cfn::test {

inline std::vector<std::string> tricky_strings() {
  return {
      // booleans, nulls and special keys of YAML 1.1 / 1.2
      "yes", "no", "on", "off", "true", "false", "null", "~", "Yes", "NO", "On", "OFF", "True", "FALSE", "Null",
      "NULL", "y", "n", "Y", "N", "<<", "=",
      // numbers in every notation, dates
      "010", "1e3", "0x1F", ".5", "0", "-1", "+1", "1_000", "1:30", "190:20:30", "0o17", "0b101", "1.", "+.5",
      "12e03", "1.0e+21", "-0.0", ".inf", "-.Inf", ".NaN", "2024-01-01", "2001-12-14t21:59:43.10-05:00",
      "2001-12-14 21:59:43.10 -5", "0777", "09", "1e", "e3",
      // leading indicators and structure
      "*alias", "&anchor", "!Ref X", "%TAG", "@at", "`tick", "- item", "-", "--", "---", "...", "? key", "?", ":",
      ": x", "a: b", "a:b", "key:", "a #b", "a#b", "#comment", "|", ">", "|-", "{a}", "[a]", ",a", "a,b", "a [b]",
      "'single'", "\"double\"", "it's", "say \"hi\"", "\\backslash",
      // whitespace and emptiness
      "", " ", "  ", " lead", "trail ", " both ", "a  b", "tab\there", "\ttab", "tab\t",
      // control characters and unusual code points
      std::string("nul\0byte", 8), "\x01ctrl", "bell\a", "esc\x1b[0m", "del\x7f", "cr\rlf", "crlf\r\n",
      "\xc2\x85nel", "ls\xe2\x80\xa8", "ps\xe2\x80\xa9", "\xef\xbb\xbf" "bom", "nbsp\xc2\xa0", "\xc3\xbc" "ber",
      "\xe6\x97\xa5\xe6\x9c\xac", "emoji\xf0\x9f\x98\x80",
      // CloudFormation-looking values
      "10.0.0.0/16", "10.0.0.1", "0.0.0.0/0", "::/0", "arn:aws:s3:::bucket/*", "AWS::Region", "AWS::EC2::VPC",
      "http://example.com/a?b=c#d", "${AWS::StackName}-x", "${!Literal}", "t3.micro", "/dev/sdf", "ami-0abc",
      "2010-09-09",
      // multi-line text
      "a\nb", "a\nb\n", "a\nb\n\n", "a\nb\n\n\n", "\nlead", "\n\nlead", " lead\nnext", "  indented\nx\n",
      "x\n  y\n", "trailing  \nspaces ", "\tTab first\nline", "a\n\n\nb", "#!/bin/bash\nset -e\necho \"$HOME\"\n",
      "line\r\nwin", "\n", "\n\n", " \n", "a\n ", "a\n \nb", "- a\n- b\n", "key: value\nother: x", "---\n...\n",
      "  \n  x", "x\n\ty\n",
  };
}

}  // namespace cfn::test
